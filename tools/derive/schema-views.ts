import { SCHEMA_REF_PREFIX, isObject } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';

/**
 * The views of the payload schemas derived from `components.schemas`:
 * - `receiver`: what a receiver should accept. Unknown fields pass, and an open enum
 *   (`x-woes-open-enum: true`) accepts any string beside its known values.
 * - `strict`: what a producer must send. Objects admit only their declared properties, open
 *   enums admit only their known values, and an ordered array that never repeats a value
 *   (`x-woes-distinct: true`) is held to `uniqueItems`.
 * - `openapi`: the receiver view as the OpenAPI 3.1 export publishes it, with each integer's
 *   width (`format: int32` or `int64`, OpenAPI's own formats) read off its `maximum`.
 * - `types`: the input to json-schema-to-typescript. Open enums become `"a" | "b" | (string & {})`
 *   so editors still complete the known values, and objects list their known fields only.
 *
 * `uniqueItems` is written in the spec only on arrays whose order means nothing (sets): code
 * generators turn it into an unordered set type. An ordered array says `x-woes-ordered: true`
 * and, when it never repeats a value, `x-woes-distinct: true`, which only the producers' view
 * enforces, so every view a receiver generates code from keeps it a list.
 */
export type SchemaView = 'receiver' | 'strict' | 'openapi' | 'types';

export const SCHEMA_BASE_URL = 'https://docs.woes.dev/schemas/webhooks/';
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** How a `$ref` to another component is written in the output. */
export type RefWriter = (componentName: string) => string;

const OPEN_ENUM = 'x-woes-open-enum';
const DISTINCT = 'x-woes-distinct';

/** The widest integer OpenAPI's `int32` holds; beyond it, `int64`. */
const INT32_MAX = 2_147_483_647;

/**
 * Draft-07 defines no `uuid` format, so a conforming validator may skip `format: uuid` (ajv
 * asserts it only through ajv-formats). Every published schema carries this pattern beside the
 * format, so every validator enforces the same thing: the RFC 4122 text form, any case.
 */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Converts one schema node of the spec into the chosen view. */
export function convertSchema(node: Json, view: SchemaView, writeRef: RefWriter): Json {
  if (Array.isArray(node)) return node.map((item) => convertSchema(item, view, writeRef));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    // json-schema-to-typescript writes `tsType` (and reads `tsEnumNames`) into the types as
    // code, unescaped: only this module may set them, never the spec.
    if (key === 'tsType' || key === 'tsEnumNames') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF_PREFIX)) {
      out.$ref = writeRef(value.slice(SCHEMA_REF_PREFIX.length));
    } else if (key === 'properties' && isObject(value)) {
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(value)) properties[name] = convertSchema(property, view, writeRef);
      out.properties = properties;
    } else if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = convertSchema(value, view, writeRef);
    }
  }
  if (node.format === 'uuid' && node.pattern === undefined && view !== 'types') out.pattern = UUID_PATTERN;
  if (node[OPEN_ENUM] === true && Array.isArray(node.enum)) applyOpenEnum(out, node.enum, view);
  if (node[DISTINCT] === true && view === 'strict') out.uniqueItems = true;
  if (view === 'openapi' && out.format === undefined && isInteger(node)) out.format = integerWidth(node);
  if ((view === 'strict' || view === 'types') && out.properties !== undefined && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

const isInteger = (node: JsonObject): boolean => node.type === 'integer' || (Array.isArray(node.type) && node.type.includes('integer'));

/** `int32` when both bounds fit in 32 bits, else `int64` (every integer of the contract has a `maximum`). */
function integerWidth(node: JsonObject): 'int32' | 'int64' {
  const within = (bound: Json | undefined): boolean => typeof bound === 'number' && Math.abs(bound) <= INT32_MAX;
  return within(node.maximum) && (node.minimum === undefined || within(node.minimum)) ? 'int32' : 'int64';
}

function applyOpenEnum(out: JsonObject, known: Json[], view: SchemaView): void {
  if (view === 'strict') return;
  delete out.enum;
  const nullable = known.includes(null);
  const values = known.filter((value): value is string => typeof value === 'string');
  if (view === 'receiver' || view === 'openapi') {
    // Known values first, so tools that render schemas still list them. The known branch repeats
    // the type: a validator that checks an item's bounds before its type (ajv does, when a
    // string has a maxLength) then reports a value of the wrong type as such, not as "not one of
    // the known values", which an open enum never requires.
    const typed = out.type === undefined ? {} : { type: out.type };
    out.anyOf = [
      { ...typed, enum: known },
      { type: 'string', description: 'A value added after this schema was published. Tolerate it.' },
    ];
    return;
  }
  out.tsType = [...values.map((value) => JSON.stringify(value)), '(string & {})', ...(nullable ? ['null'] : [])].join(' | ');
}

/** PascalCase identifier for an event type: `conversation.handed_off` → `ConversationHandedOff`. */
export function pascalCase(type: string): string {
  return type
    .split(/[._-]/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
