import { isObject } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';
import type { ChangeRuleId } from './change-rules.js';
import {
  DOC_KEYWORDS,
  INTEGER_WIDTHS,
  LOWER_BOUNDS,
  UPPER_BOUNDS,
  enumValues,
  isDistinct,
  isOpenEnum,
  isOrdered,
  requiredNames,
  resolveNode,
  same,
  typeCovered,
  typesOf,
} from './schema-facets.js';

/** A difference inside a schema; `path` is relative to the compared root (`data.status`, `data.tags[]`). */
export interface SchemaChange {
  readonly rule: ChangeRuleId;
  readonly path: string;
  readonly detail: string;
  readonly before?: Json;
  readonly after?: Json;
}

interface Side {
  readonly raw: JsonObject;
  readonly node: Json | undefined;
  readonly seen: readonly string[];
}

/** Keywords the comparison below understands; any other keyword that differs is reported as unknown. */
const HANDLED = new Set<string>([
  'type',
  'enum',
  'const',
  'x-woes-open-enum',
  'format',
  'pattern',
  'uniqueItems',
  'x-woes-ordered',
  'x-woes-distinct',
  'deprecated',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'propertyNames',
  '$ref',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...DOC_KEYWORDS,
]);

const join = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);
const show = (value: Json | undefined): string => (value === undefined ? 'none' : JSON.stringify(value));

/**
 * Compares two versions of a schema, as read by a receiver: what the head may send that a
 * receiver written against the base does not expect. Each difference names the rule
 * (change-rules.ts) that classifies it.
 */
export function compareSchemas(base: Side, head: Side, path = ''): SchemaChange[] {
  const a = resolveNode(base.raw, base.node, base.seen);
  const b = resolveNode(head.raw, head.node, head.seen);
  const out: SchemaChange[] = [];
  const add = (rule: ChangeRuleId, detail: string, before?: Json, after?: Json): void => {
    out.push({ rule, path, detail, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
  };
  compareTypes(a.node, b.node, add);
  compareEnums(a.node, b.node, add);
  if (!same(a.node.const, b.node.const))
    add(path === 'apiVersion' ? 'api-version-changed' : 'const-changed', `const ${show(a.node.const)} → ${show(b.node.const)}`, a.node.const, b.node.const);
  if (!same(a.node.format, b.node.format)) add('format-changed', `format ${show(a.node.format)} → ${show(b.node.format)}`, a.node.format, b.node.format);
  if (!same(a.node.pattern, b.node.pattern))
    add('pattern-changed', `pattern ${show(a.node.pattern)} → ${show(b.node.pattern)}`, a.node.pattern, b.node.pattern);
  compareBounds(a.node, b.node, add);
  compareOrder(a.node, b.node, add);
  if ((a.node.deprecated === true) !== (b.node.deprecated === true))
    add(
      b.node.deprecated === true ? 'property-deprecated' : 'property-undeprecated',
      b.node.deprecated === true ? 'marked deprecated' : 'no longer deprecated',
    );
  for (const keyword of DOC_KEYWORDS) {
    if (!same(a.node[keyword], b.node[keyword])) add('schema-docs-changed', `${keyword} changed`, a.node[keyword], b.node[keyword]);
  }
  for (const key of new Set([...Object.keys(a.node), ...Object.keys(b.node)])) {
    if (!HANDLED.has(key) && !same(a.node[key], b.node[key])) add('schema-keyword-changed', `${key} changed`, a.node[key], b.node[key]);
  }
  out.push(...compareProperties({ ...base, node: a.node, seen: a.seen }, { ...head, node: b.node, seen: b.seen }, path));
  for (const [keyword, suffix] of [
    ['items', '[]'],
    ['additionalProperties', '{}'],
    ['propertyNames', '{names}'],
  ] as const) {
    const [before, after] = [a.node[keyword], b.node[keyword]];
    if (isObject(before) && isObject(after))
      out.push(...compareSchemas({ raw: base.raw, node: before, seen: a.seen }, { raw: head.raw, node: after, seen: b.seen }, `${path}${suffix}`));
    // A map's keys restricted where any key was allowed is a bound like maxLength: the keys sent
    // are a subset of those receivers accept. Lifting the restriction widens them.
    else if (keyword === 'propertyNames' && before === undefined && isObject(after)) add('bound-tightened', 'property names restricted', null, after);
    else if (keyword === 'propertyNames' && isObject(before) && after === undefined) add('bound-widened', 'property names no longer restricted', before, null);
    else if (!same(before, after)) add('schema-keyword-changed', `${keyword} changed`, before, after);
  }
  return out;
}

type Add = (rule: ChangeRuleId, detail: string, before?: Json, after?: Json) => void;

function compareTypes(a: JsonObject, b: JsonObject, add: Add): void {
  const [before, after] = [typesOf(a), typesOf(b)];
  if (before === undefined && after === undefined) return;
  const list = (types: ReadonlySet<string> | undefined): Json => (types ? [...types] : null);
  if (before === undefined || after === undefined) {
    add(
      before === undefined ? 'type-narrowed' : 'type-widened',
      `type ${before ? [...before].join('|') : 'any'} → ${after ? [...after].join('|') : 'any'}`,
      list(before),
      list(after),
    );
    return;
  }
  if (!before.has('null') && after.has('null')) add('property-made-nullable', 'may now be null');
  if (before.has('null') && !after.has('null')) add('property-made-non-null', 'is never null now');
  const [from, to] = [new Set([...before].filter((t) => t !== 'null')), new Set([...after].filter((t) => t !== 'null'))];
  const gained = [...to].filter((type) => !typeCovered(type, from));
  const lost = [...from].filter((type) => !typeCovered(type, to));
  if (gained.length === 0 && lost.length === 0) return;
  // `gained`: head types the base did not admit, so receivers meet new values (widened).
  // `lost`: base types the head no longer sends (narrowed). Both at once is a change of type.
  const rule = gained.length > 0 ? (lost.length > 0 ? 'type-changed' : 'type-widened') : 'type-narrowed';
  add(rule, `type ${[...from].join('|')} → ${[...to].join('|')}`, [...from], [...to]);
}

function compareEnums(a: JsonObject, b: JsonObject, add: Add): void {
  const [before, after] = [enumValues(a), enumValues(b)];
  if (before && after) {
    for (const value of before.filter((item) => !after.includes(item))) add('enum-value-removed', `enum value ${value} removed`, JSON.parse(value) as Json);
    const added = after.filter((item) => !before.includes(item));
    for (const value of added)
      add(
        isOpenEnum(b) && isOpenEnum(a) ? 'open-enum-value-added' : 'closed-enum-value-added',
        `enum value ${value} added`,
        undefined,
        JSON.parse(value) as Json,
      );
    if (isOpenEnum(a) && !isOpenEnum(b)) add('enum-closed', 'enum no longer open (x-woes-open-enum removed)');
    if (!isOpenEnum(a) && isOpenEnum(b)) add('enum-opened', 'enum now open (x-woes-open-enum: true)');
  } else if (before && !('const' in b)) {
    add('enum-dropped', `enum ${before.join(', ')} removed: any value allowed`);
  } else if (after && !('const' in a)) {
    if (isOpenEnum(b)) add('open-enum-introduced', `known values ${after.join(', ')} named, open`);
    else add('enum-introduced', `restricted to ${after.join(', ')}`);
  }
}

function compareBounds(a: JsonObject, b: JsonObject, add: Add): void {
  const bound = (value: Json | undefined): number | undefined => (typeof value === 'number' ? value : undefined);
  for (const [keywords, wider] of [
    [LOWER_BOUNDS, (x: number, y: number) => y < x],
    [UPPER_BOUNDS, (x: number, y: number) => y > x],
  ] as const) {
    for (const keyword of keywords) {
      const [before, after] = [bound(a[keyword]), bound(b[keyword])];
      if (before === after) continue;
      // An integer that had no upper bound gains the width it always had (32 bits, or exact in
      // every JSON parser): a statement for code generators, not a restriction of what is sent.
      if (keyword === 'maximum' && before === undefined && after !== undefined && INTEGER_WIDTHS.includes(after) && typesOf(b)?.has('integer')) {
        add(
          'integer-width-stated',
          `width stated: ${after === INTEGER_WIDTHS[0] ? '32-bit' : '64-bit, exact in every JSON parser'} (maximum ${after})`,
          null,
          after,
        );
        continue;
      }
      const widened = after === undefined || (before !== undefined && wider(before, after));
      add(widened ? 'bound-widened' : 'bound-tightened', `${keyword} ${show(before)} → ${show(after)}`, before ?? null, after ?? null);
    }
  }
  // No repeated value, promised by `uniqueItems` (a set) or by `x-woes-distinct` (an ordered list).
  if (isDistinct(a) !== isDistinct(b)) add(isDistinct(b) ? 'bound-tightened' : 'bound-widened', `items ${isDistinct(b) ? 'now' : 'no longer'} distinct`);
  else if (isDistinct(a) && a.uniqueItems === true && b.uniqueItems !== true)
    add('unique-items-kept-as-list', 'still never repeats a value, and is now published as an ordered list rather than a set');
}

/** Whether an array's order means something (`x-woes-ordered`). */
function compareOrder(a: JsonObject, b: JsonObject, add: Add): void {
  if (isOrdered(a) === isOrdered(b)) return;
  add(
    isOrdered(b) ? 'array-order-stated' : 'array-order-dropped',
    isOrdered(b) ? 'its order is now part of the contract' : 'its order no longer means anything',
  );
}

function compareProperties(base: Side & { node: JsonObject }, head: Side & { node: JsonObject }, path: string): SchemaChange[] {
  const out: SchemaChange[] = [];
  const before = isObject(base.node.properties) ? base.node.properties : {};
  const after = isObject(head.node.properties) ? head.node.properties : {};
  const [requiredBefore, requiredAfter] = [requiredNames(base.node), requiredNames(head.node)];
  for (const name of Object.keys(before)) {
    const at = join(path, name);
    if (!(name in after)) {
      out.push({ rule: 'property-removed', path: at, detail: `property "${name}" removed` });
      continue;
    }
    if (requiredBefore.has(name) && !requiredAfter.has(name)) out.push({ rule: 'property-made-optional', path: at, detail: `"${name}" is no longer required` });
    if (!requiredBefore.has(name) && requiredAfter.has(name)) out.push({ rule: 'property-made-required', path: at, detail: `"${name}" is now required` });
    out.push(...compareSchemas({ raw: base.raw, node: before[name], seen: base.seen }, { raw: head.raw, node: after[name], seen: head.seen }, at));
  }
  for (const name of Object.keys(after)) {
    if (name in before) continue;
    const required = requiredAfter.has(name);
    out.push({
      rule: required ? 'required-property-added' : 'property-added',
      path: join(path, name),
      detail: `${required ? 'required ' : ''}property "${name}" added`,
    });
  }
  return out;
}
