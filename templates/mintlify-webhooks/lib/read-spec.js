import { parse } from 'yaml';

const SCHEMA_REF = '#/components/schemas/';

/**
 * The template reads the document as written (the generator hands it over as
 * `originalAsyncAPI`), not the parser's model: the parser resolves every `$ref` and drops the
 * descriptions written beside one (`occurredAt: {$ref: Timestamp, description: ...}`), which
 * are exactly the field-specific words a reference page needs.
 */
export function readSpec({ asyncapi, originalAsyncAPI }) {
  const text = typeof originalAsyncAPI === 'string' ? originalAsyncAPI : asyncapi?.meta?.()?.asyncapi?.input;
  if (typeof text !== 'string') throw new Error('mintlify-webhooks: the generator passed no original AsyncAPI text; run it with a spec file or string.');
  // Each template file is bundled on its own, so a module-level cache would not be shared:
  // keep the model on globalThis, keyed by the text, and parse the YAML once per run.
  const cache = (globalThis.__woesMintlifySpec ??= new Map());
  if (!cache.has(text)) {
    cache.clear();
    cache.set(text, model(parse(text, { maxAliasCount: 1000 })));
  }
  return cache.get(text);
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value) => (typeof value === 'string' ? value.trim() : '');

function resolve(raw, node) {
  if (!isObject(node) || typeof node.$ref !== 'string') return node;
  let target = raw;
  for (const segment of node.$ref.slice(2).split('/')) target = isObject(target) ? target[segment] : undefined;
  return target;
}

function model(raw) {
  const components = raw.components ?? {};
  const schemas = components.schemas ?? {};
  const events = [];
  for (const channel of Object.values(raw.channels ?? {})) {
    for (const [messageId, value] of Object.entries(resolve(raw, channel)?.messages ?? {})) {
      const message = resolve(raw, value);
      if (!isObject(message)) continue;
      const type = text(message.name) || messageId;
      const ref = message.payload?.$ref ?? '';
      const [category = '', action = ''] = type.split('.');
      events.push({
        type,
        category,
        action,
        title: text(message.title) || type,
        summary: text(message.summary),
        description: text(message.description),
        schemaName: ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : '',
        examples: (message.examples ?? []).map((example) => ({
          name: text(example.name),
          summary: text(example.summary),
          headers: Object.fromEntries(Object.entries(example.headers ?? {}).map(([k, v]) => [k, String(v)])),
          payload: example.payload ?? {},
        })),
        deprecated: message['x-woes-deprecated'] === true,
        deprecationNote: text(message['x-woes-deprecation']?.description ?? message['x-woes-deprecated-note']),
      });
    }
  }
  const delivery = {};
  for (const [key, value] of Object.entries(raw)) if (key.startsWith('x-woes-') && isObject(value)) delivery[key.slice(7)] = value;
  const info = raw.info ?? {};
  return {
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    tags: Object.fromEntries((info.tags ?? []).map((tag) => [tag.name, text(tag.description)])),
    events,
    schemas,
    headers: components.messageTraits?.delivery?.headers ?? {},
    delivery,
  };
}

/** A schema with its `$ref` followed; descriptions and `deprecated` written beside the `$ref` win. */
export function deref(spec, node) {
  if (!isObject(node) || typeof node.$ref !== 'string') return node ?? {};
  const target = deref(spec, spec.schemas[node.$ref.slice(SCHEMA_REF.length)]);
  const { $ref, ...siblings } = node;
  return { ...target, ...siblings, ...(target.deprecated && !siblings.deprecated ? { deprecated: true } : {}) };
}

/** An event payload `allOf: [EventEnvelope, {...}]` as one object: envelope fields first, `data` last. */
export function flattenEvent(spec, event) {
  const source = spec.schemas[event.schemaName] ?? {};
  const parts = (Array.isArray(source.allOf) ? source.allOf : [source]).map((part) => deref(spec, part));
  const properties = {};
  const required = [];
  for (const part of parts) {
    Object.assign(properties, part.properties ?? {});
    for (const name of part.required ?? []) if (!required.includes(name)) required.push(name);
  }
  const ordered = {};
  for (const name of Object.keys(properties)) if (name !== 'data') ordered[name] = properties[name];
  if (properties.data) ordered.data = properties.data;
  return { type: 'object', description: text(source.description), required, properties: ordered, deprecated: source.deprecated === true };
}

/** The category order of the overview: as the spec's tags list them. */
export function categories(spec) {
  const order = Object.keys(spec.tags);
  const names = [...new Set(spec.events.map((event) => event.category))];
  return names.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
}

/** Page slug of an event: `conversation.handed_off` → `conversation-handed-off`. */
export const eventSlug = (type) => type.replace(/[._]/g, '-');
export const eventPath = (type) => `webhooks/events/${eventSlug(type)}`;
export const schemaUrl = (type) => `https://docs.woes.dev/schemas/webhooks/events/${type}.json`;
