import { createHash } from 'node:crypto';
import type { Json, JsonObject } from '../../spec/load-spec.js';
import { isObject, SCHEMA_REF_PREFIX } from '../../spec/spec-model.js';

/**
 * A UUID-shaped id derived from a label. Case data must be deterministic (`generate --check`
 * compares it byte for byte), and each case needs ids of its own so that one case's
 * deduplication record never masks another case's outcome.
 */
export function stableUuid(label: string): string {
  const hex = createHash('sha256').update(`woes-conformance:${label}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A `whsec_` secret derived from a label: the "wrong secret" of the refusal cases. */
export function stableSecret(label: string): string {
  return `whsec_${createHash('sha256').update(`woes-conformance:${label}`).digest('base64')}`;
}

/** A deep copy of a JSON payload, safe to change. */
export function copyPayload(payload: JsonObject): JsonObject {
  return structuredClone(payload);
}

/** Reads the value at a JSON pointer, or undefined. */
export function readAt(payload: Json, pointer: string): Json | undefined {
  let node: Json | undefined = payload;
  for (const key of pointer.split('/').slice(1)) {
    if (!isObject(node ?? null)) return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/** Sets the value at a JSON pointer whose parent exists. */
export function setAt(payload: JsonObject, pointer: string, value: Json): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  const parent = readAt(payload, keys.length === 0 ? '' : `/${keys.join('/')}`);
  if (last === undefined || !isObject(parent ?? null)) throw new Error(`conformance: no parent object for ${pointer}`);
  (parent as JsonObject)[last] = value;
}

type Schemas = { readonly [name: string]: JsonObject };

function resolve(schemas: Schemas, schema: JsonObject): JsonObject {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF_PREFIX)) return schemas[ref.slice(SCHEMA_REF_PREFIX.length)] ?? {};
  return schema;
}

/**
 * The JSON pointers, in document order, of the string values in `payload` whose schema is an
 * enum marked `x-woes-open-enum: true`: where a receiver must tolerate a value it does not know.
 */
export function openEnumPaths(schemas: Schemas, schemaName: string, payload: Json): string[] {
  const found: string[] = [];
  const walk = (raw: JsonObject, value: Json, pointer: string): void => {
    const schema = resolve(schemas, raw);
    if (schema['x-woes-open-enum'] === true && typeof value === 'string') found.push(pointer);
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) if (isObject(part)) walk(part, value, pointer);
    if (isObject(value) && isObject(schema.properties ?? null)) {
      for (const [key, child] of Object.entries(schema.properties as JsonObject)) {
        const childValue = value[key];
        if (isObject(child) && childValue !== undefined) walk(child, childValue, `${pointer}/${key}`);
      }
    }
  };
  walk(schemas[schemaName] ?? {}, payload, '');
  return [...new Set(found)];
}
