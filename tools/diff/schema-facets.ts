import { isObject, resolveLocalRef } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';

/**
 * A schema node with its local `$ref` inlined: the target's keywords, overridden by the
 * keywords written beside the `$ref` (a property's own `description`). A reference met again
 * on the same branch is left as `{ $ref }`, so recursive schemas terminate.
 */
export function resolveNode(raw: JsonObject, node: Json | undefined, seen: readonly string[] = []): { node: JsonObject; seen: readonly string[] } {
  if (!isObject(node)) return { node: {}, seen };
  const ref = node.$ref;
  if (typeof ref !== 'string' || seen.includes(ref)) return { node, seen };
  const { $ref: _ref, ...siblings } = node;
  const target = resolveNode(raw, resolveLocalRef(raw, ref), [...seen, ref]);
  return { node: { ...target.node, ...siblings }, seen: target.seen };
}

const jsonType = (value: Json): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

/** The JSON types a schema admits, or undefined when it does not constrain the type. */
export function typesOf(schema: JsonObject): ReadonlySet<string> | undefined {
  const { type } = schema;
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((item): item is string => typeof item === 'string'));
  if ('const' in schema) return new Set([jsonType(schema.const ?? null)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(jsonType));
  if (isObject(schema.properties)) return new Set(['object']);
  if (schema.items !== undefined) return new Set(['array']);
  return undefined;
}

/** `integer` is a subset of `number`: a schema that moves from one to the other widens or narrows. */
export const typeCovered = (type: string, by: ReadonlySet<string>): boolean => by.has(type) || (type === 'integer' && by.has('number'));

/** Enum values other than `null` (nullability is judged on `type`), as stable strings. */
export function enumValues(schema: JsonObject): string[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum.filter((value) => value !== null).map((value) => JSON.stringify(value)) : undefined;
}

export const isOpenEnum = (schema: JsonObject): boolean => schema['x-woes-open-enum'] === true;

/** An array whose order means something. */
export const isOrdered = (schema: JsonObject): boolean => schema['x-woes-ordered'] === true;

/** An array that never repeats a value: a set (`uniqueItems`) or an ordered list (`x-woes-distinct`). */
export const isDistinct = (schema: JsonObject): boolean => schema.uniqueItems === true || schema['x-woes-distinct'] === true;

/**
 * The upper bounds that name an integer's width rather than restrict its values: the largest
 * 32-bit signed integer, and the largest integer a JSON parser that reads numbers as doubles
 * (JavaScript's, and many others') keeps exact, 2^53 - 1.
 */
export const INTEGER_WIDTHS: readonly number[] = [2_147_483_647, 9_007_199_254_740_991];

export const requiredNames = (schema: JsonObject): ReadonlySet<string> =>
  new Set(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []);

export const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Lower bounds: a smaller value (or none) admits more. */
export const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;
/** Upper bounds: a larger value (or none) admits more. */
export const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
/** Annotations: prose and illustrations, never validation. */
export const DOC_KEYWORDS = ['description', 'title', 'examples', 'default', '$comment'] as const;
