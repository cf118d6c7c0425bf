import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DELIVERY, EVENT_TYPES } from '../../generated/catalog.js';

// The docs promise a body never exceeds x-woes-limits.maxPayloadBytes. This builds, from the
// published strict schemas, the largest event each type's bounds allow and checks that it fits.
// Text is filled with '€' (3 bytes of UTF-8 in one UTF-16 unit: the most any character costs
// unescaped, per unit the validators count); what JSON escaping adds beyond that is covered by
// the overflow rule in x-woes-limits, not by the bounds.
type Schema = { readonly [key: string]: unknown };
const readJson = (path: string): Schema => JSON.parse(readFileSync(path, 'utf8')) as Schema;
const definitions = readJson('schemas/strict/definitions.json').definitions as Record<string, Schema>;

const WIDE = '€';
const FORMATS: Record<string, string> = { uuid: 'ffffffff-ffff-4fff-bfff-ffffffffffff', 'date-time': '2026-06-28T18:00:00.000Z' };

class Unbounded extends Error {}

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace(/^.*#\/definitions\//, '');
  const target = definitions[name];
  if (!target) throw new Error(`no definition ${name}`);
  return { ...resolve(target), ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$ref')) };
}

const longest = (values: readonly unknown[]): unknown =>
  values.reduce((best, value) => (JSON.stringify(value).length > JSON.stringify(best).length ? value : best));

/** The largest value a schema admits, by serialized size; throws Unbounded where nothing limits it. */
function largest(input: Schema, path: string): unknown {
  const schema = resolve(input);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return longest(schema.enum);
  const types = ([] as unknown[]).concat(schema.type ?? []);
  return longest(types.map((type) => largestOfType(schema, String(type), path)));
}

function largestOfType(schema: Schema, type: string, path: string): unknown {
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'integer':
      return typeof schema.maximum === 'number' ? schema.maximum : Number.MAX_SAFE_INTEGER;
    case 'number':
      return typeof schema.maximum === 'number' ? 0.1234567890123456 : -1.7976931348623157e308;
    case 'string': {
      if (typeof schema.format === 'string' && FORMATS[schema.format]) return FORMATS[schema.format];
      if (typeof schema.maxLength !== 'number') throw new Unbounded(`${path}: a string without maxLength`);
      // Emails and URIs are ASCII by their grammar; other text may be any character.
      return (schema.format === 'email' || schema.format === 'uri' ? 'x' : WIDE).repeat(schema.maxLength);
    }
    case 'array': {
      if (typeof schema.maxItems !== 'number') throw new Unbounded(`${path}: an array without maxItems`);
      const item = largest((schema.items ?? {}) as Schema, `${path}[]`);
      return Array.from({ length: schema.maxItems }, () => item);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) out[name] = largest(property, `${path}.${name}`);
      const extra = schema.additionalProperties;
      if (typeof extra === 'object' && extra !== null) {
        if (typeof schema.maxProperties !== 'number') throw new Unbounded(`${path}: a map without maxProperties`);
        const names = (schema.propertyNames ?? {}) as Schema;
        const keyLength = typeof names.maxLength === 'number' ? names.maxLength : Number(/\{0,(\d+)\}\$$/.exec(String(names.pattern ?? ''))?.[1] ?? NaN) + 1;
        if (!Number.isFinite(keyLength)) throw new Unbounded(`${path}: map keys without a length bound`);
        const value = largest(extra as Schema, `${path}{}`);
        for (let index = 0; index < schema.maxProperties; index += 1) out[String(index).padStart(keyLength, 'k')] = value;
      }
      return out;
    }
    default:
      throw new Error(`${path}: unknown type ${type}`);
  }
}

/** The largest event of a type: every field at its bounds, `changes.previous` with a value for every field it types. */
function largestEvent(type: string): Record<string, unknown> {
  return largest(readJson(`schemas/strict/events/${type}.json`), type) as Record<string, unknown>;
}

describe('the largest event each type allows', () => {
  it.each(EVENT_TYPES.map((type) => [type]))('%s fits in maxPayloadBytes', (type) => {
    const bytes = Buffer.byteLength(JSON.stringify(largestEvent(type)));
    expect(bytes, `${type}: ${bytes} bytes`).toBeLessThanOrEqual(DELIVERY.limits.maxPayloadBytes);
  });

  it('gives changes.previous a value for every field it types (not an empty object)', () => {
    const changes = largestEvent('issue.updated').changes as { previous: Record<string, unknown> };
    expect(Object.keys(changes.previous)).toContain('description');
    expect(String(changes.previous.description)).toHaveLength(4000);
  });

  it('finds an unbounded string (the check can fail)', () => {
    expect(() => largest({ type: 'object', properties: { note: { type: 'string' } } }, 'probe')).toThrow(/probe\.note: a string without maxLength/);
  });
});
