import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { JsonObject } from '../../../tools/spec/load-spec.js';

/** A version of the contract as plain data, edited in place by a case. */
export type Spec = JsonObject;
export type Edit = (spec: Spec) => void;

// Parsed once per file: a YAML parse of the spec takes ~200 ms, a deep copy of the data ~2 ms,
// and the diff cases take two copies each.
const SPEC = parse(readFileSync('asyncapi.yaml', 'utf8')) as Spec;

/** A fresh copy of the real contract, as the YAML reads: a case may edit it in place. */
export const realSpec = (): Spec => structuredClone(SPEC);

/** The object at a dotted path (`components.schemas.Conversation`), failing loudly when the spec moved. */
export function at(spec: Spec, path: string): JsonObject {
  let node: unknown = spec;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) throw new Error(`spec edit: no object at ${path} (stopped at ${key})`);
    node = Array.isArray(node) ? (node as unknown[])[Number(key)] : (node as JsonObject)[key];
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) throw new Error(`spec edit: ${path} is not an object`);
  return node as JsonObject;
}

/** A component schema. */
export const schema = (spec: Spec, name: string): JsonObject => at(spec, `components.schemas.${name}`);
/** A property of a component schema. */
export const prop = (spec: Spec, name: string, property: string): JsonObject => at(spec, `components.schemas.${name}.properties.${property}`);

/** The array under `key`, to push onto or filter. */
export function list(node: JsonObject, key: string): unknown[] {
  const value = node[key];
  if (!Array.isArray(value)) throw new Error(`spec edit: ${key} is not an array`);
  return value;
}

export const without = (node: JsonObject, key: string, item: unknown): void => {
  node[key] = list(node, key).filter((value) => value !== item) as JsonObject[string];
};
