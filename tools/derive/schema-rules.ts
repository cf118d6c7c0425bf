import { SCHEMA_REF_PREFIX, flattenEventSchema, isObject } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';
import { compareSchemas } from '../diff/compare-schemas.js';
import { resolveNode } from '../diff/schema-facets.js';
import type { Finding, Rule } from './rule-model.js';

type Path = (string | number)[];

/** Differences that leave a schema's shape as it is. */
const ANNOTATION_RULES: ReadonlySet<string> = new Set(['schema-docs-changed', 'property-deprecated', 'property-undeprecated']);

/** Keywords whose value is one schema, and those whose value is a list or a map of schemas. */
const ONE_SCHEMA = ['items', 'additionalProperties', 'propertyNames', 'not'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

/** Calls `visit` on every schema node under `components.schemas`, with its JSON path. */
function eachSchema(raw: JsonObject, visit: (node: JsonObject, path: Path) => void): void {
  const walk = (node: Json | undefined, path: Path): void => {
    if (!isObject(node)) return;
    visit(node, path);
    if (isObject(node.properties)) for (const [name, child] of Object.entries(node.properties)) walk(child, [...path, 'properties', name]);
    for (const key of ONE_SCHEMA) walk(node[key], [...path, key]);
    for (const key of SCHEMA_LISTS) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((child, index) => walk(child, [...path, key, index]));
    }
  };
  const components = isObject(raw.components) ? raw.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) walk(schema, ['components', 'schemas', name]);
}

const hasType = (node: JsonObject, type: string): boolean => node.type === type || (Array.isArray(node.type) && node.type.includes(type));

/** The payload's `changes` and `data`, each resolved, for an event that has `changes`. */
function changesOf(raw: JsonObject, schema: JsonObject): { changes: JsonObject; data: JsonObject; where: Path } | undefined {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const written = properties.changes;
  if (!isObject(written)) return undefined;
  const ref = typeof written.$ref === 'string' && written.$ref.startsWith(SCHEMA_REF_PREFIX) ? written.$ref.slice(SCHEMA_REF_PREFIX.length) : undefined;
  return {
    changes: resolveNode(raw, written).node,
    data: resolveNode(raw, properties.data).node,
    where: ref === undefined ? ['components', 'schemas'] : ['components', 'schemas', ref],
  };
}

/** Rules on the shape of the payload schemas: what a code generator needs to read off them. */
export const SCHEMA_RULES: readonly Rule[] = [
  {
    id: 'woes-array-order',
    description:
      'Every array says whether its order means something: `uniqueItems: true` for a set (no order, no repeats), `x-woes-ordered: true` for a list, with `x-woes-distinct: true` when it never repeats a value. Generators turn `uniqueItems` into unordered sets, so it stays off every ordered array.',
    fix: 'Mark the array `x-woes-ordered: true` (and `x-woes-distinct: true` if a value never repeats) when its description gives an order, or `uniqueItems: true` when the order means nothing; say which in its description.',
    check: ({ raw }) => {
      const findings: Finding[] = [];
      eachSchema(raw, (node, path) => {
        if (!hasType(node, 'array')) return;
        const ordered = node['x-woes-ordered'] === true;
        const set = node.uniqueItems === true;
        if (ordered === set)
          findings.push({
            path,
            message: ordered ? 'an array is both ordered and a set (uniqueItems)' : 'an array says neither `x-woes-ordered: true` nor `uniqueItems: true`',
          });
        if ('x-woes-distinct' in node && (node['x-woes-distinct'] !== true || !ordered))
          findings.push({ path: [...path, 'x-woes-distinct'], message: '`x-woes-distinct` belongs only, as `true`, on an ordered array' });
      });
      return findings;
    },
  },
  {
    id: 'woes-integer-bound',
    description:
      'Every integer has a `maximum`: its width for code generators (an integer without one becomes a 32-bit int in Java and C#, which the value may outgrow). The OpenAPI export names the width (`int32` or `int64`) from it.',
    fix: 'Add `maximum: 2147483647` to a count or a duration that fits 32 bits, or `maximum: 9007199254740991` (the largest integer every JSON parser keeps exact) to one that may not.',
    check: ({ raw }) => {
      const findings: Finding[] = [];
      eachSchema(raw, (node, path) => {
        if (hasType(node, 'integer') && typeof node.maximum !== 'number') findings.push({ path, message: 'an integer without a `maximum`' });
      });
      return findings;
    },
  },
  {
    id: 'woes-changes-typed',
    description:
      "Every event with `changes` types `changes.previous`: one property per `data` field that can change, with that field's schema (descriptions aside), and `changes.fields` lists exactly those names, as an enum in `data` order.",
    fix: 'Give `changes.previous` a property for each changeable `data` field, with the same schema as the field in `data` (a `$ref` to the same component, or the same keywords), and list the same names, in `data` order, in `changes.fields.items.enum`.',
    check: ({ raw, model }) =>
      model.events.flatMap((event): Finding[] => {
        const found = changesOf(raw, flattenEventSchema(model, event));
        if (!found) return [];
        const { changes, data, where } = found;
        const properties = isObject(changes.properties) ? changes.properties : {};
        const previous = resolveNode(raw, properties.previous).node;
        const typed = isObject(previous.properties) ? previous.properties : {};
        const at = [...where, 'properties', 'previous'];
        if (Object.keys(typed).length === 0) return [{ path: at, message: `${event.type}: changes.previous lists no properties` }];
        const findings: Finding[] = [];
        const dataFields = isObject(data.properties) ? data.properties : {};
        for (const [name, schema] of Object.entries(typed)) {
          const field = dataFields[name];
          if (field === undefined) {
            findings.push({ path: [...at, 'properties', name], message: `${event.type}: changes.previous.${name} is not a field of data` });
            continue;
          }
          // Prose and deprecation markers may differ: a previous value is the same shape, documented for what it is.
          const differences = compareSchemas({ raw, node: field, seen: [] }, { raw, node: schema, seen: [] }).filter(
            (change) => !ANNOTATION_RULES.has(change.rule),
          );
          for (const difference of differences)
            findings.push({
              path: [...at, 'properties', name],
              message: `${event.type}: changes.previous.${name} differs from data.${name}${difference.path === '' ? '' : ` at ${difference.path}`}: ${difference.detail}`,
            });
        }
        const inDataOrder = Object.keys(dataFields).filter((name) => name in typed);
        const fields = resolveNode(raw, properties.fields).node;
        const items = resolveNode(raw, fields.items).node;
        const listed = Array.isArray(items.enum) ? items.enum : [];
        if (JSON.stringify(listed) !== JSON.stringify(inDataOrder))
          findings.push({
            path: [...where, 'properties', 'fields', 'items', 'enum'],
            message: `${event.type}: changes.fields lists ${JSON.stringify(listed)}, expected the previous properties in data order ${JSON.stringify(inDataOrder)}`,
          });
        return findings;
      }),
  },
  {
    id: 'woes-overflow-reads',
    description:
      'Every field `x-woes-limits.overflow.cuts` may cut either names a `read` that `x-woes-fetching.kinds` lists, or `read: null`: the docs never send a receiver to a read that does not exist.',
    fix: "Set the cut's `read` to one of the `read` values in x-woes-fetching.kinds, or to `null` with a description of what the receiver can do instead.",
    check: ({ model }) => {
      const reads = new Set(Object.values(model.delivery.fetching.kinds).map((kind) => kind.read));
      return (model.delivery.limits.overflow?.cuts ?? []).flatMap((cut, index): Finding[] =>
        cut.read === null || reads.has(cut.read)
          ? []
          : [{ path: ['x-woes-limits', 'overflow', 'cuts', index, 'read'], message: `"${cut.read}" is not a read in x-woes-fetching.kinds` }],
      );
    },
  },
];
