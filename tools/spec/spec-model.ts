import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { DELIVERY_BLOCKS_SCHEMA, REQUIRED_DELIVERY_BLOCKS, type DeliveryBlocks } from './delivery-blocks-schema.js';
import type { Json, JsonObject } from './load-spec.js';
import type { Problem } from './problem.js';

/** One example delivery of an event, as written in the spec. */
export interface EventExample {
  readonly name: string;
  readonly summary: string;
  readonly headers: { readonly [header: string]: string };
  readonly payload: JsonObject;
}

/** One event type: a message in the spec, with the channel and operation that carry it. */
export interface EventDefinition {
  readonly type: string;
  readonly category: string;
  readonly action: string;
  readonly messageKey: string;
  readonly channelKey: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  /** The `components.schemas` entry that is the payload. */
  readonly schemaName: string;
  readonly examples: readonly EventExample[];
  readonly deprecated: boolean;
}

/**
 * The one typed reading of asyncapi.yaml that every tool shares: `generate` and its emitters,
 * the gate (`diff`), the changelog and the docs template. Plain data, exactly as written (no
 * parser annotations, descriptions beside a `$ref` kept), so it also crosses into the
 * template's JavaScript unchanged.
 */
export interface SpecModel {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  /** `info.tags`: each event category's name and description, in the order written. */
  readonly tags: { readonly [category: string]: string };
  /** `info.contact` and `info.license`, the fields written (name, url, email). */
  readonly contact: { readonly [field: string]: string };
  readonly license: { readonly [field: string]: string };
  /** `servers`, each as a URL (`protocol://host/pathname`) with its description, in the order written. */
  readonly servers: readonly { readonly name: string; readonly url: string; readonly description: string }[];
  readonly events: readonly EventDefinition[];
  /** `components.schemas`, as written. */
  readonly schemas: { readonly [name: string]: JsonObject };
  /** The delivery headers schema from the `delivery` message trait. */
  readonly headers: JsonObject;
  /** The `x-woes-*` delivery blocks, keyed without the prefix, checked against their schema. */
  readonly delivery: DeliveryBlocks;
}

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

export function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: Json | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Resolves a local `#/a/b/c` reference in the raw document, or undefined when it dangles. */
export function resolveLocalRef(raw: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = raw;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

function deref(raw: JsonObject, value: Json | undefined): Json | undefined {
  if (isObject(value) && typeof value.$ref === 'string') return resolveLocalRef(raw, value.$ref);
  return value;
}

/**
 * Reads the events out of the channels: each channel carries exactly one message, whose
 * `name` is the event type. Structural problems (a dangling reference, a payload that is not
 * a component schema) are reported rather than thrown.
 */
export function readSpecModel(raw: JsonObject): { model: SpecModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const components = isObject(raw.components) ? raw.components : {};
  const schemas: { [name: string]: JsonObject } = {};
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    if (isObject(schema)) schemas[name] = schema;
  }

  findDanglingRefs(raw, raw, [], problems);

  const events: EventDefinition[] = [];
  const channels = isObject(raw.channels) ? raw.channels : {};
  for (const [channelKey, channelValue] of Object.entries(channels)) {
    const channel = deref(raw, channelValue);
    if (!isObject(channel)) continue;
    const messages = isObject(channel.messages) ? channel.messages : {};
    for (const [messageId, messageValue] of Object.entries(messages)) {
      const messageRef = isObject(messageValue) && typeof messageValue.$ref === 'string' ? messageValue.$ref : undefined;
      const message = deref(raw, messageValue);
      if (!isObject(message)) continue;
      const messageKey = messageRef?.split('/').pop() ?? messageId;
      const type = text(message.name) || messageId;
      const payloadRef = isObject(message.payload) && typeof message.payload.$ref === 'string' ? message.payload.$ref : '';
      const schemaName = payloadRef.startsWith(SCHEMA_REF_PREFIX) ? payloadRef.slice(SCHEMA_REF_PREFIX.length) : '';
      const [category = '', action = ''] = type.split('.');
      events.push({
        type,
        category,
        action,
        messageKey,
        channelKey,
        title: text(message.title) || type,
        summary: text(message.summary),
        description: text(message.description),
        schemaName,
        examples: readExamples(message.examples),
        deprecated: message['x-woes-deprecated'] === true,
      });
    }
  }

  const traits = isObject(components.messageTraits) ? components.messageTraits : {};
  const deliveryTrait = isObject(traits.delivery) ? traits.delivery : {};
  const headers = isObject(deliveryTrait.headers) ? deliveryTrait.headers : {};

  const delivery = readDeliveryBlocks(raw, problems);

  const info = isObject(raw.info) ? raw.info : {};
  const tags: { [category: string]: string } = {};
  for (const tag of Array.isArray(info.tags) ? info.tags : []) {
    if (isObject(tag) && typeof tag.name === 'string') tags[tag.name] = text(tag.description);
  }
  return {
    model: {
      title: text(info.title),
      version: text(info.version),
      description: text(info.description),
      tags,
      contact: strings(info.contact),
      license: strings(info.license),
      servers: readServers(raw.servers),
      events,
      schemas,
      headers,
      delivery,
    },
    problems,
  };
}

// ajv is CommonJS with its class as the default export; require() gives the module as ESM sees it.
const require = createRequire(import.meta.url);
let validateBlocks: ValidateFunction | undefined;

/**
 * The delivery blocks, checked against DELIVERY_BLOCKS_SCHEMA: AsyncAPI validates nothing
 * inside extensions, and every figure the library, the docs and the contract tests use comes
 * from here, so nobody downstream has to guess a default.
 */
function readDeliveryBlocks(raw: JsonObject, problems: Problem[]): DeliveryBlocks {
  const fix = 'Add the missing block, or correct the field named, as the block schema in tools/spec/delivery-blocks-schema.ts describes.';
  // Every top-level `x-woes-*` key: the schema names the blocks there are, so a misspelt or
  // undeclared one is reported rather than read by one tool and ignored by another.
  const blocks: JsonObject = {};
  for (const [name, block] of Object.entries(raw)) if (name.startsWith('x-woes-')) blocks[name] = block;
  for (const name of REQUIRED_DELIVERY_BLOCKS) {
    if (!isObject(raw[name])) problems.push({ code: 'woes-delivery-blocks', message: `the ${name} block is missing`, path: [name], fix });
  }
  // Each member of a block becomes a constant of generated/catalog.ts (`retries.scheduleSeconds`
  // → DELIVERY_RETRIES_SCHEDULE_SECONDS): a key that is no identifier would become code.
  for (const [name, block] of Object.entries(blocks)) {
    if (!isObject(block)) continue;
    for (const key of Object.keys(block)) {
      if (/^[A-Za-z][A-Za-z0-9]*$/.test(key)) continue;
      problems.push({
        code: 'woes-delivery-blocks',
        message: `delivery block key ${JSON.stringify(key)} is not a camelCase name (letters and digits): each key of ${name} names a constant in the generated catalog`,
        path: [name, key],
        fix: 'Name the key in camelCase letters and digits, as the other keys of the block are.',
      });
    }
  }
  if (!validateBlocks) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    validateBlocks = new Ajv({ strict: true, allErrors: true }).compile(DELIVERY_BLOCKS_SCHEMA);
  }
  if (!validateBlocks(blocks)) {
    for (const error of validateBlocks.errors ?? []) {
      const extra = error.params.additionalProperty ?? error.params.allowedValues;
      problems.push({
        code: 'woes-delivery-blocks',
        message: `delivery block ${error.message ?? 'is invalid'}${extra === undefined ? '' : ` (${JSON.stringify(extra)})`}`,
        path: error.instancePath
          .split('/')
          .slice(1)
          .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~'))),
        fix,
      });
    }
  }
  const entries = Object.entries(blocks).map(([name, block]) => [name.slice('x-woes-'.length), block]);
  // Checked above against the schema the interfaces mirror; a failed check stops every reader.
  return Object.fromEntries(entries) as unknown as DeliveryBlocks;
}

/** The string fields of a mapping such as `info.contact`, trimmed; anything else is left out. */
function strings(value: Json | undefined): { [field: string]: string } {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([key, field]) => (typeof field === 'string' ? [[key, field.trim()]] : [])));
}

function readServers(value: Json | undefined): SpecModel['servers'] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([name, server]) =>
    isObject(server) && typeof server.host === 'string'
      ? [{ name, url: `${text(server.protocol) || 'https'}://${server.host}${text(server.pathname)}`, description: text(server.description) }]
      : [],
  );
}

function readExamples(value: Json | undefined): EventExample[] {
  if (!Array.isArray(value)) return [];
  const examples: EventExample[] = [];
  for (const example of value) {
    if (!isObject(example)) continue;
    const headers: { [header: string]: string } = {};
    if (isObject(example.headers)) {
      for (const [name, headerValue] of Object.entries(example.headers)) headers[name] = String(headerValue);
    }
    examples.push({
      name: text(example.name),
      summary: text(example.summary),
      headers,
      payload: isObject(example.payload) ? example.payload : {},
    });
  }
  return examples;
}

function findDanglingRefs(raw: JsonObject, node: Json, path: (string | number)[], problems: Problem[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => findDanglingRefs(raw, item, [...path, index], problems));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && resolveLocalRef(raw, value) === undefined) {
      problems.push({
        code: 'dangling_ref',
        message: `$ref "${value}" points at nothing`,
        path: [...path, key],
        fix: 'Fix the name in the $ref, or add the definition it names under components.',
      });
    } else if (key !== 'examples') {
      findDanglingRefs(raw, value, [...path, key], problems);
    }
  }
}

/**
 * An event payload is written as `allOf: [EventEnvelope, {type, data, ...}]`. Derived schemas
 * flatten it into one object, so `additionalProperties: false` works in the strict view and
 * generated types read as one interface.
 */
export function flattenEventSchema(model: SpecModel, event: EventDefinition): JsonObject {
  const source = model.schemas[event.schemaName] ?? {};
  const parts = Array.isArray(source.allOf) ? source.allOf : [source];
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const part of parts) {
    const resolved = isObject(part) && typeof part.$ref === 'string' ? model.schemas[part.$ref.slice(SCHEMA_REF_PREFIX.length)] : part;
    if (!isObject(resolved)) continue;
    if (isObject(resolved.properties)) Object.assign(properties, resolved.properties);
    if (Array.isArray(resolved.required)) {
      for (const name of resolved.required) if (typeof name === 'string' && !required.includes(name)) required.push(name);
    }
  }
  // Envelope order first, event-specific fields after: `data` and `changes` read last.
  const ordered: JsonObject = {};
  for (const name of Object.keys(properties)) if (name !== 'data') ordered[name] = properties[name] ?? {};
  if (properties.data !== undefined) ordered.data = properties.data;
  return {
    type: 'object',
    description: typeof source.description === 'string' ? source.description : `The \`${event.type}\` event.`,
    ...(source.deprecated === true ? { deprecated: true } : {}),
    required,
    properties: ordered,
  };
}

/** The component schemas that are shared definitions (everything but the event payloads). */
export function sharedDefinitionNames(model: SpecModel): string[] {
  const eventSchemas = new Set(model.events.map((event) => event.schemaName));
  return Object.keys(model.schemas).filter((name) => !eventSchemas.has(name));
}
