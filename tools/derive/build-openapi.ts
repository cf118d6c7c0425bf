import type { Json, JsonObject } from '../spec/load-spec.js';
import { isObject, type SpecModel } from '../spec/spec-model.js';
import { UNION_TITLES, unionDescription, unknownEventSchema } from './build-schemas.js';
import { convertSchema } from './schema-views.js';
// The docs name each category the same way in the export's tags as on the pages.
import { categoryTitle } from '../../templates/mintlify-webhooks/lib/catalog-page.js';
import { categories } from '../../templates/mintlify-webhooks/lib/read-spec.js';

/** The security scheme every webhook names: the Standard Webhooks signature header. */
export const SIGNATURE_SCHEME = 'standardWebhooksSignature';
/** The server variable standing for the receiver's own URL. */
const ENDPOINT_VARIABLE = 'endpointUrl';

const toRef = (name: string): string => `#/components/schemas/${name}`;

/**
 * How a delivery authenticates, where OpenAPI expects it: a security scheme. OpenAPI has no
 * type for a request signature, so it is an `apiKey` header, the nearest type there is, and
 * its description says why and how to verify it.
 */
function signatureScheme(model: SpecModel): JsonObject {
  const { signing } = model.delivery;
  return {
    type: 'apiKey',
    in: 'header',
    name: signing.headers.signature,
    description: [
      `Every delivery is signed with Standard Webhooks ${signing.schemeVersion}: \`${signing.headers.signature}\` holds space-separated \`${signing.symmetric.version},<base64>\` entries, each the ${signing.symmetric.algorithm} of \`${signing.signedContent}\` under the endpoint's \`${signing.symmetric.secretPrefix}…\` secret (\`${signing.asymmetric.version}\` entries are ${signing.asymmetric.algorithm} signatures). Several entries appear while a secret rotates; accept the delivery when any entry you understand matches.`,
      `This is not a static key. OpenAPI has no security scheme type for a request signature, so the signature is declared as an \`apiKey\` header, the nearest type, to name the header that authenticates every webhook below.`,
      `Verify it over the raw body, and check that \`${signing.headers.timestamp}\` is within ${signing.toleranceSeconds} seconds of your clock, before you parse the body: https://docs.woes.dev/webhooks/signing`,
    ].join('\n\n'),
  };
}

/**
 * The subscriber's endpoint, as the AsyncAPI `servers` entry describes it: its URL is the
 * receiver's own, so it is a variable whose default is the spec's example.
 */
function servers(model: SpecModel): JsonObject[] {
  return model.servers.map((server) => ({
    url: `{${ENDPOINT_VARIABLE}}`,
    description: server.description,
    variables: { [ENDPOINT_VARIABLE]: { default: server.url, description: 'The HTTPS URL of your endpoint, as you register it in Settings → Webhooks.' } },
  }));
}

/**
 * The component schemas in the receiver view, and the two unions the generated TypeScript types
 * also have: `WebhookEvent`, every event of this version with a `type` discriminator (a sealed
 * type for generators), and `ReceivedEvent`, that or an `UnknownEvent` of a type added later,
 * which is what an endpoint gets. The discriminator sits on the first only: OpenAPI maps each
 * `type` value to one schema, and an unknown type has none.
 */
function componentSchemas(model: SpecModel): JsonObject {
  const schemas: JsonObject = {};
  for (const [name, schema] of Object.entries(model.schemas)) schemas[name] = convertSchema(schema, 'openapi', toRef);
  const types = model.events.map((event) => event.type);
  const [known, received] = [UNION_TITLES.strict, UNION_TITLES.receiver];
  for (const name of ['UnknownEvent', known, received])
    if (name in schemas) throw new Error(`@woes/webhooks openapi: components.schemas.${name} is the export's own name; rename the spec's schema.`);
  schemas[known] = {
    title: known,
    description: `${unionDescription('strict')} \`discriminator.mapping\` names the schema of each type. A receiver can also get types added later: see \`${received}\`.`,
    oneOf: model.events.map((event) => ({ $ref: toRef(event.schemaName) })),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(model.events.map((event) => [event.type, toRef(event.schemaName)])) },
  };
  schemas.UnknownEvent = unknownEventSchema(types, toRef('EventEnvelope'));
  schemas[received] = {
    title: received,
    description: unionDescription('receiver'),
    oneOf: [{ $ref: toRef(known) }, { $ref: toRef('UnknownEvent') }],
  };
  return schemas;
}

/**
 * An OpenAPI 3.1 document with one `webhooks` entry per event type: the form Mintlify, Svix,
 * Convoy and Hookdeck import event types from, and OpenAPI code generators read. Its schemas
 * are the receiver view of the spec's components (what `schemas/` publishes): open enums are
 * "a known value or any string", ordered arrays stay lists, and each integer names its width.
 */
export function buildOpenApi(model: SpecModel): JsonObject {
  const required = new Set(Array.isArray(model.headers.required) ? model.headers.required : []);
  const headers = isObject(model.headers.properties) ? model.headers.properties : {};
  const parameters = Object.entries(headers)
    .filter(([name]) => name !== 'content-type') // OpenAPI describes it as the request body's media type.
    .map(
      ([name, schema]): Json => ({
        name,
        in: 'header',
        required: required.has(name),
        description: isObject(schema) && typeof schema.description === 'string' ? schema.description : '',
        schema: convertSchema(schema, 'openapi', toRef),
      }),
    );
  const { retries } = model.delivery;
  const responses = {
    '2XX': { description: `Received. Answer within ${retries.attemptTimeoutSeconds} seconds; process the event afterwards.` },
    [String(retries.disableStatus)]: { description: 'Gone: disables the endpoint. No further deliveries are attempted.' },
  };
  const webhooks: JsonObject = {};
  for (const event of model.events) {
    webhooks[event.type] = {
      post: {
        operationId: event.type,
        summary: event.title,
        description: `${event.summary}\n\n${event.description}`.trim(),
        tags: [categoryTitle(event.category)],
        ...(event.deprecated ? { deprecated: true } : {}),
        parameters,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: toRef(event.schemaName) },
              examples: Object.fromEntries(event.examples.map((example) => [example.name, { summary: example.summary, value: example.payload }])),
            },
          },
        },
        responses,
      },
    };
  }
  // One URL receives every type it subscribes to: the endpoint as a whole takes the union. It is
  // a reusable path item, not a `webhooks` entry, so importers that read each entry as an event
  // type (Mintlify, Svix) see only real ones.
  const endpoint = {
    post: {
      operationId: 'receiveEvent',
      summary: 'Any delivery to your endpoint',
      description: `Your endpoint receives every event type it subscribes to at the one URL you registered: its body is \`${UNION_TITLES.receiver}\`, one schema for every event, told apart by \`type\`. Each entry under \`webhooks\` describes one type alone.`,
      parameters,
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: toRef(UNION_TITLES.receiver) } } } },
      responses,
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: model.title,
      version: model.version,
      description: model.description,
      ...(Object.keys(model.contact).length > 0 ? { contact: model.contact } : {}),
      ...(Object.keys(model.license).length > 0 ? { license: model.license } : {}),
    },
    servers: servers(model),
    // Every webhook authenticates the same way; see the scheme's description.
    security: [{ [SIGNATURE_SCHEME]: [] }],
    tags: categories(model).map((category) => ({ name: categoryTitle(category), description: model.tags[category] ?? '' })),
    webhooks,
    components: { schemas: componentSchemas(model), pathItems: { webhookEndpoint: endpoint }, securitySchemes: { [SIGNATURE_SCHEME]: signatureScheme(model) } },
  };
}
