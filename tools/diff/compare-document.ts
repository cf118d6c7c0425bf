import { isObject } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';
import type { ChangeRuleId } from './change-rules.js';
import { compareSchemas } from './compare-schemas.js';
import type { EventChange } from './compare-events.js';
import type { ContractVersion } from './contract-version.js';
import { same } from './schema-facets.js';

interface Leaf {
  readonly path: readonly string[];
  readonly before: Json | undefined;
  readonly after: Json | undefined;
}

/** Differences between two plain values, down to the leaves; arrays are compared whole. */
export function leafDiff(a: Json | undefined, b: Json | undefined, path: readonly string[] = [], out: Leaf[] = []): Leaf[] {
  if (isObject(a ?? null) && isObject(b ?? null)) {
    const [left, right] = [a as JsonObject, b as JsonObject];
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) leafDiff(left[key], right[key], [...path, key], out);
  } else if (!same(a, b)) {
    out.push({ path, before: a, after: b });
  }
  return out;
}

/** The signature schemes a signing block can carry side by side. */
const SIGNATURE_SCHEMES = new Set(['symmetric', 'asymmetric']);
const PROSE = new Set(['description', 'summary', 'title', 'exampleSecret', 'exampleSecretNote']);

/** Which rule a change in an `x-woes-*` block falls under, by block and field. */
function deliveryRule(block: string, { path: field, before }: Leaf): ChangeRuleId {
  const name = field.join('.');
  if (PROSE.has(field[field.length - 1] ?? '')) return 'delivery-docs-changed';
  switch (block) {
    case 'signing':
      if (before === undefined && field.length === 1 && SIGNATURE_SCHEMES.has(name)) return 'signature-version-added';
      return name === 'toleranceSeconds' ? 'signing-tolerance-changed' : name === 'rotation.overlapSeconds' ? 'rotation-overlap-changed' : 'signing-changed';
    case 'retries':
      return 'retry-policy-changed';
    case 'limits':
      return field[0] === 'overflow' ? 'overflow-changed' : 'size-limit-changed';
    case 'fetching':
      return 'fetching-changed';
    case 'idempotency':
      return name === 'rememberForSeconds' ? 'idempotency-window-changed' : 'idempotency-key-changed';
    case 'ordering':
      return 'ordering-changed';
    case 'versioning':
      return 'versioning-policy-changed';
    default:
      return 'delivery-block-changed';
  }
}

/** Header changes that keep their payload meaning: prose, and deprecation notices. */
const KEPT_FOR_HEADERS: ReadonlySet<ChangeRuleId> = new Set(['schema-docs-changed', 'property-deprecated', 'property-undeprecated']);

/**
 * Payload rules that keep their meaning for a header. Making an optional header required only
 * means it is always sent now: the `header-changed` rule covers removal, becoming optional and a
 * new value shape, never this (as `property-made-required` is non-breaking for a payload field).
 */
const HEADER_RULES: Partial<Record<ChangeRuleId, ChangeRuleId>> = {
  'property-added': 'header-added',
  'required-property-added': 'header-added',
  'property-made-required': 'header-made-required',
};

/** The delivery headers: a new optional header is harmless; any other change to them breaks verification or deduplication. */
export function compareHeaders(base: ContractVersion, head: ContractVersion): EventChange[] {
  return compareSchemas({ raw: base.raw, node: base.model.headers, seen: [] }, { raw: head.raw, node: head.model.headers, seen: [] }).map((change) => {
    const rule: ChangeRuleId = KEPT_FOR_HEADERS.has(change.rule) ? change.rule : (HEADER_RULES[change.rule] ?? 'header-changed');
    return {
      rule,
      location: change.path === '' ? 'headers' : `header ${change.path}`,
      detail: change.detail,
      ...(change.before === undefined ? {} : { before: change.before }),
      ...(change.after === undefined ? {} : { after: change.after }),
    };
  });
}

/** Every `x-woes-*` block, field by field. */
export function compareDelivery(base: ContractVersion, head: ContractVersion): EventChange[] {
  // Compared as written, leaf by leaf, whatever the block: two versions may come from eras with
  // different block schemas, and a new field in a block is a change too.
  const blocksOf = (version: ContractVersion): { [block: string]: Json } =>
    Object.fromEntries(
      Object.entries(version.raw)
        .filter(([key]) => key.startsWith('x-woes-'))
        .map(([key, block]) => [key.slice('x-woes-'.length), block]),
    );
  const [before, after] = [blocksOf(base), blocksOf(head)];
  const blocks = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...blocks].flatMap((block) =>
    leafDiff(before[block], after[block]).map(
      (leaf): EventChange => ({
        rule: deliveryRule(block, leaf),
        location: [`x-woes-${block}`, ...leaf.path].join('.'),
        detail: leaf.before === undefined ? 'added' : leaf.after === undefined ? 'removed' : `${JSON.stringify(leaf.before)} → ${JSON.stringify(leaf.after)}`,
        before: leaf.before ?? null,
        after: leaf.after ?? null,
      }),
    ),
  );
}

/** Parts compared elsewhere (events, payloads, headers, delivery blocks) or judged by the verdict (`info.version`). */
const COMPARED_ELSEWHERE = [
  'channels',
  'operations',
  'components.messages',
  'components.schemas',
  'components.operationBindings',
  'components.messageTraits.delivery.headers',
  'info.version',
];
const METADATA = ['info', 'servers', 'externalDocs', 'tags', 'id'];

/** The rest of the document: metadata is prose; anything else unknown is treated as breaking. */
export function compareRest(base: ContractVersion, head: ContractVersion): EventChange[] {
  return leafDiff(base.raw, head.raw)
    .filter((leaf) => !leaf.path[0]?.startsWith('x-woes-'))
    .filter((leaf) => !COMPARED_ELSEWHERE.some((prefix) => `${leaf.path.join('.')}.`.startsWith(`${prefix}.`)))
    .map((leaf) => ({
      rule: METADATA.includes(leaf.path[0] ?? '') || PROSE.has(leaf.path[leaf.path.length - 1] ?? '') ? 'metadata-changed' : 'unclassified-change',
      location: leaf.path.join('.'),
      detail: leaf.before === undefined ? 'added' : leaf.after === undefined ? 'removed' : 'changed',
      before: leaf.before ?? null,
      after: leaf.after ?? null,
    }));
}
