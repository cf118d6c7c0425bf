// Views of the spec model for the pages. The model itself (events, schemas, headers, the
// `x-woes-*` blocks, tags) comes from tools/spec/spec-model.ts, the one reading of
// asyncapi.yaml that `generate`, the gate and the changelog share; see lib/site.js.

const SCHEMA_REF = '#/components/schemas/';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value) => (typeof value === 'string' ? value.trim() : '');

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
