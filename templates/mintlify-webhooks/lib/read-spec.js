// @ts-check
// Views of the spec model for the pages. The model itself (events, schemas, headers, the
// `x-woes-*` blocks, tags) comes from tools/spec/spec-model.ts, the one reading of
// asyncapi.yaml that `generate`, the gate and the changelog share; see lib/site.js. The types
// below are that module's own, imported for the type checker (`npm run typecheck`): nothing of
// tools/ is loaded at run time.

/** @typedef {import('../../../tools/spec/spec-model.js').SpecModel} SpecModel */
/** @typedef {import('../../../tools/spec/spec-model.js').EventDefinition} EventDefinition */
/** @typedef {import('../../../tools/spec/spec-model.js').EventExample} EventExample */
/** @typedef {import('../../../tools/spec/load-spec.js').Json} Json */
/** @typedef {import('../../../tools/spec/load-spec.js').JsonObject} JsonObject */

/**
 * An event payload flattened into one object schema (see flattenEvent).
 * @typedef {{ type: 'object', description: string, required: string[], properties: JsonObject, deprecated: boolean }} FlatEvent
 */

const SCHEMA_REF = '#/components/schemas/';

/**
 * @param {Json | undefined} value
 * @returns {value is JsonObject}
 */
export const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** @param {Json | undefined} value */
const text = (value) => (typeof value === 'string' ? value.trim() : '');

/**
 * The strings of a schema keyword that holds a list of names (`required`), or none.
 * @param {Json | undefined} value
 * @returns {string[]}
 */
export const names = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/**
 * A schema keyword that holds an object (`properties`), or an empty one.
 * @param {Json | undefined} value
 * @returns {JsonObject}
 */
export const objectOrEmpty = (value) => (isObject(value) ? value : {});

/**
 * A schema with its `$ref` followed; descriptions and `deprecated` written beside the `$ref` win.
 * @param {SpecModel} spec
 * @param {Json | undefined} node
 * @returns {JsonObject}
 */
export function deref(spec, node) {
  if (!isObject(node)) return {};
  if (typeof node.$ref !== 'string') return node;
  const target = deref(spec, spec.schemas[node.$ref.slice(SCHEMA_REF.length)]);
  const { $ref, ...siblings } = node;
  return { ...target, ...siblings, ...(target.deprecated && !siblings.deprecated ? { deprecated: true } : {}) };
}

/**
 * An event payload `allOf: [EventEnvelope, {...}]` as one object: envelope fields first, `data` last.
 * @param {SpecModel} spec
 * @param {EventDefinition} event
 * @returns {FlatEvent}
 */
export function flattenEvent(spec, event) {
  const source = spec.schemas[event.schemaName] ?? {};
  const parts = (Array.isArray(source.allOf) ? source.allOf : [source]).map((part) => deref(spec, part));
  /** @type {JsonObject} */
  const properties = {};
  /** @type {string[]} */
  const required = [];
  for (const part of parts) {
    Object.assign(properties, objectOrEmpty(part.properties));
    for (const name of names(part.required)) if (!required.includes(name)) required.push(name);
  }
  /** @type {JsonObject} */
  const ordered = {};
  for (const [name, schema] of Object.entries(properties)) if (name !== 'data') ordered[name] = schema;
  if (properties.data) ordered.data = properties.data;
  return { type: 'object', description: text(source.description), required, properties: ordered, deprecated: source.deprecated === true };
}

/**
 * The category order of the overview: as the spec's tags list them.
 * @param {SpecModel} spec
 * @returns {string[]}
 */
export function categories(spec) {
  const order = Object.keys(spec.tags);
  const found = [...new Set(spec.events.map((event) => event.category))];
  return found.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
}

/**
 * Page slug of an event: `conversation.handed_off` → `conversation-handed-off`.
 * @param {string} type
 */
export const eventSlug = (type) => type.replace(/[._]/g, '-');
/** @param {string} type */
export const eventPath = (type) => `webhooks/events/${eventSlug(type)}`;
/** @param {string} type */
export const schemaUrl = (type) => `https://docs.woes.dev/schemas/webhooks/events/${type}.json`;
