import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { allExamples, firstExample } from '../support/examples.js';
import { DOCS_DIR } from './support/docs-site.js';

// The OpenAPI export says what the published JSON Schemas say. Its schemas are OpenAPI 3.1's
// dialect (JSON Schema 2020-12 plus OpenAPI's keywords), so an OpenAPI request validator reads
// them as ajv's 2020-12 class does here: payloads are checked against the export itself.
const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as typeof addFormatsModule.default;

type Schema = { readonly [key: string]: unknown };
const document = JSON.parse(readFileSync(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as {
  info: Schema;
  servers: Schema[];
  security: Schema[];
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema>; pathItems: Record<string, Schema> };
};
const ID = 'https://docs.woes.dev/openapi.json';
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
// OpenAPI's own schema keywords are annotations to a validator.
ajv.addVocabulary(['discriminator', 'xml', 'externalDocs', 'example']);
ajv.addKeyword({ keyword: 'components' });
ajv.addSchema({ $id: ID, components: { schemas: document.components.schemas } });
const schemaOf = (name: string): ValidateFunction => {
  const validate = ajv.getSchema(`${ID}#/components/schemas/${name}`);
  if (!validate) throw new Error(`the export has no components.schemas.${name}`);
  return validate;
};
const bodySchemaName = (type: string): string =>
  (document.webhooks[type]?.post.requestBody.content['application/json']?.schema.$ref ?? '').replace('#/components/schemas/', '');

const propertiesOf = (name: string): Record<string, Schema> => (document.components.schemas[name]?.properties ?? {}) as Record<string, Schema>;

/** Every schema node of the export's components, with its path. */
function nodes(value: unknown, path = 'components.schemas'): [string, Schema][] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nodes(item, `${path}[${index}]`));
  const here: [string, Schema][] = [[path, value as Schema]];
  return here.concat(Object.entries(value).flatMap(([key, child]) => (key === 'enum' || key === 'examples' ? [] : nodes(child, `${path}.${key}`))));
}

describe('docs/webhooks/openapi.json says what the schemas say', () => {
  it.each(allExamples().map((example) => [example.name, example.type, example.payload] as const))(
    '%s validates against its webhook body, WebhookEvent and ReceivedEvent',
    (_name, type, payload) => {
      for (const name of [bodySchemaName(type), 'WebhookEvent', 'ReceivedEvent']) {
        const validate = schemaOf(name);
        expect(validate(payload), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    },
  );

  it('accepts values of open enums that this version does not list, as the receiver schemas do', () => {
    const event = firstExample('conversation.created');
    Object.assign(event.resource as Schema, { object: 'call_recording' });
    Object.assign(event.actor as Schema, { type: 'integration' });
    Object.assign(event.data as Schema, { channel: 'sms', status: 'pending_review', waitingOn: 'partner', handledBy: 'hybrid' });
    const validate = schemaOf(bodySchemaName('conversation.created'));
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    expect(schemaOf('ReceivedEvent')(event)).toBe(true);
  });

  it('refuses an unknown value of a closed enum (the check can fail)', () => {
    const event = firstExample('message.created');
    Object.assign(event.data as Schema, { role: 'system' });
    expect(schemaOf(bodySchemaName('message.created'))(event)).toBe(false);
    expect(schemaOf('WebhookEvent')(event)).toBe(false);
  });

  it('takes an event of a later type as ReceivedEvent, never as WebhookEvent', () => {
    const later = { ...firstExample('webhook.test'), type: 'webhook.ping', data: { object: 'webhook_ping' } };
    expect(schemaOf('ReceivedEvent')(later), JSON.stringify(schemaOf('ReceivedEvent').errors)).toBe(true);
    expect(schemaOf('WebhookEvent')(later)).toBe(false);
  });

  it('discriminates WebhookEvent on type, mapping every event type to its schema', () => {
    const union = document.components.schemas.WebhookEvent as { discriminator: { propertyName: string; mapping: Record<string, string> } };
    expect(union.discriminator.propertyName).toBe('type');
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, ref] of Object.entries(union.discriminator.mapping)) expect(ref, type).toBe(`#/components/schemas/${bodySchemaName(type)}`);
  });

  it('writes no open enum as a closed list, no ordered array as a set, and no integer without its width', () => {
    const all = nodes(document.components.schemas);
    expect(all.filter(([, node]) => Object.keys(node).some((key) => key.startsWith('x-'))).map(([path]) => path)).toEqual([]);
    const integers = all.filter(([, node]) => node.type === 'integer' || (Array.isArray(node.type) && node.type.includes('integer')));
    expect(integers.length).toBeGreaterThan(10);
    for (const [path, node] of integers) expect(['int32', 'int64'], path).toContain(node.format);
    const sequence = propertiesOf('EventEnvelope').sequence;
    expect(sequence).toMatchObject({ format: 'int64', maximum: 9007199254740991 });
    for (const name of ['Conversation', 'Issue']) expect(propertiesOf(name).tags, `${name}.tags`).not.toHaveProperty('uniqueItems');
    expect(propertiesOf('Issue').conversationIds).not.toHaveProperty('uniqueItems');
    expect(propertiesOf('CustomerMerge').absorbedIds).toHaveProperty('uniqueItems', true);
  });

  it('keeps the license and contact, names a server, and declares the signature as the security scheme', () => {
    expect(document.info.license).toMatchObject({ name: 'MIT' });
    expect(document.info.contact).toMatchObject({ email: 'support@woes.dev' });
    expect(document.servers.length).toBeGreaterThan(0);
    expect(document.security).toEqual([{ standardWebhooksSignature: [] }]);
    expect(document.components.securitySchemes.standardWebhooksSignature).toMatchObject({ type: 'apiKey', in: 'header', name: 'webhook-signature' });
    expect(String(document.components.securitySchemes.standardWebhooksSignature?.description)).toMatch(/not a static key/);
  });
});
