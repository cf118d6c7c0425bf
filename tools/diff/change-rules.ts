import type { ChangeRule } from './change-model.js';

/**
 * Every classification the gate makes, as data. The comparison code only detects differences
 * and names the rule; the class and the reason live here, so the policy reads as one table and
 * the tests (test/tools/diff/diff-cases.ts) cover it row by row.
 */
export const CHANGE_RULES = [
  // ── Event inventory ────────────────────────────────────────────────────────
  { id: 'event-removed', class: 'breaking', description: 'An event type is no longer sent.', reason: 'Receivers that act on it silently stop getting it.' },
  {
    id: 'event-renamed',
    class: 'breaking',
    description: 'An event type is sent under a new name (same message, channel or payload schema).',
    reason: 'Receivers route on `type`; the old name stops arriving and the new one is unknown to them.',
  },
  {
    id: 'event-added',
    class: 'non-breaking',
    description: 'A new event type.',
    reason: 'Endpoints subscribe to event types, and receivers answer 2xx to types they do not handle.',
  },
  {
    id: 'event-deprecated',
    class: 'non-breaking',
    description: 'An event is marked `x-woes-deprecated: true`.',
    reason: 'It is still sent; the marker announces its removal in a later major version.',
  },
  {
    id: 'event-undeprecated',
    class: 'non-breaking',
    description: 'An event loses its deprecation marker.',
    reason: 'It stays; nothing a receiver reads changes.',
  },
  { id: 'event-docs-changed', class: 'docs', description: "An event's title, summary or description changed.", reason: 'Prose only.' },
  { id: 'examples-changed', class: 'docs', description: "An event's examples changed.", reason: 'Examples illustrate the schema; the schema is the contract.' },
  // ── Payload schemas ────────────────────────────────────────────────────────
  { id: 'property-removed', class: 'breaking', description: 'A payload property is removed.', reason: 'Receivers that read it get `undefined`.' },
  { id: 'property-added', class: 'non-breaking', description: 'A new optional payload property.', reason: 'Receivers ignore fields they do not know.' },
  {
    id: 'required-property-added',
    class: 'non-breaking',
    description: 'A new payload property that is always present.',
    reason: 'Receivers ignore fields they do not know; a field that is always sent costs them nothing.',
  },
  {
    id: 'property-made-optional',
    class: 'breaking',
    description: 'A required property becomes optional.',
    reason: 'Receivers that read it unconditionally meet `undefined`.',
  },
  {
    id: 'property-made-required',
    class: 'non-breaking',
    description: 'An optional property becomes required.',
    reason: 'It is now always sent; code that handled its absence still works.',
  },
  {
    id: 'property-made-nullable',
    class: 'breaking',
    description: 'A property that was never `null` may now be `null`.',
    reason: 'Receivers that dereference it without a check crash, and their validators reject `null`.',
  },
  {
    id: 'property-made-non-null',
    class: 'non-breaking',
    description: 'A nullable property is never `null` any more.',
    reason: 'The values sent are a subset of those receivers accept.',
  },
  {
    id: 'type-changed',
    class: 'breaking',
    description: "A value's JSON type changes (e.g. string to integer).",
    reason: 'Receivers parse it as the old type; their validators reject the new one.',
  },
  {
    id: 'type-widened',
    class: 'breaking',
    description: 'A value may now have another JSON type besides the old one (e.g. integer to number).',
    reason: 'Receivers written for the old type meet values they do not handle.',
  },
  {
    id: 'type-narrowed',
    class: 'non-breaking',
    description: 'A value may no longer have one of its JSON types (null aside).',
    reason: 'The values sent are a subset of those receivers accept.',
  },
  {
    id: 'enum-value-removed',
    class: 'breaking',
    description: 'A value is removed from an enum.',
    reason: 'Receivers branch on the values; the branch for the removed one goes dead without warning and exhaustive switches in typed code stop compiling.',
  },
  {
    id: 'closed-enum-value-added',
    class: 'breaking',
    description: 'A value is added to a closed enum.',
    reason: 'A closed enum promises the list is complete: receiver validators reject the new value.',
  },
  {
    id: 'open-enum-value-added',
    class: 'non-breaking',
    description: 'A value is added to an enum marked `x-woes-open-enum: true`.',
    reason: 'Open enums are documented to grow, and receivers must tolerate unknown values.',
  },
  {
    id: 'enum-closed',
    class: 'breaking',
    description: 'An open enum loses `x-woes-open-enum: true`.',
    reason:
      'Receivers that tolerate unknown values now find themselves in breach of a closed list, and the published receiver schema starts rejecting values it accepted.',
  },
  {
    id: 'enum-opened',
    class: 'breaking',
    description: 'A closed enum gains `x-woes-open-enum: true`.',
    reason: 'From now on values may be added without a major version; receivers that validated the closed list reject them. Opening is the moment to announce.',
  },
  {
    id: 'enum-dropped',
    class: 'breaking',
    description: 'An enum constraint is removed: any value of the type may be sent.',
    reason: 'Receivers branch on the known values and meet values outside them.',
  },
  {
    id: 'enum-introduced',
    class: 'non-breaking',
    description: 'A value is restricted to an enum where any value was allowed.',
    reason: 'The values sent are a subset of those receivers accept.',
  },
  {
    id: 'open-enum-introduced',
    class: 'non-breaking',
    description: 'A value that was any string lists its known values as an open enum (`x-woes-open-enum: true`).',
    reason: 'The known values are named for code and docs; the value stays open, so receivers accept every string they accepted before.',
  },
  {
    id: 'const-changed',
    class: 'breaking',
    description: 'A `const` value changes, is removed, or is added.',
    reason: 'Receivers compare against the fixed value.',
  },
  {
    id: 'api-version-changed',
    class: 'breaking',
    description: "The envelope's `apiVersion` changes: a new payload version.",
    reason: 'A new payload version is the carrier of breaking changes; endpoints stay pinned to the old version through the deprecation window.',
  },
  {
    id: 'format-changed',
    class: 'breaking',
    description: 'A `format` is added, removed or changed.',
    reason: 'Receivers parse the value by its format (dates, UUIDs, emails); any change breaks a parser or a validator.',
  },
  {
    id: 'pattern-changed',
    class: 'breaking',
    description: 'A `pattern` is added, removed or changed.',
    reason: 'Receivers parse and validate by the pattern; even a tighter one changes what their code can assume about the old values.',
  },
  {
    id: 'bound-widened',
    class: 'breaking',
    description: 'A length, size or range bound is relaxed or removed (`maxLength` up, `minimum` down, ...).',
    reason: 'Values beyond the old bound fail receiver validators and overflow columns sized on it.',
  },
  {
    id: 'bound-tightened',
    class: 'non-breaking',
    description: 'A length, size or range bound is added or tightened.',
    reason: 'The values sent are a subset of those receivers accept.',
  },
  {
    id: 'integer-width-stated',
    class: 'non-breaking',
    description:
      'An integer without an upper bound gains `maximum` 2147483647 (32 bits) or 9007199254740991 (exact in every JSON parser), in the envelope too.',
    reason:
      'It states the width the integer always had, so code generators stop guessing (Java and C# default to 32 bits). No value Woes sends changes; a bound below those two is a `bound-tightened` instead.',
  },
  {
    id: 'array-order-stated',
    class: 'non-breaking',
    description: 'An array is marked `x-woes-ordered: true`: its order means something (the description says which).',
    reason: 'A promise about arrays receivers already get; code generated from the schemas keeps them as ordered lists.',
  },
  {
    id: 'array-order-dropped',
    class: 'breaking',
    description: 'An array loses `x-woes-ordered: true`: its order no longer means anything.',
    reason: 'Receivers that rely on the order (oldest first, the order shown in Woes) can no longer.',
  },
  {
    id: 'unique-items-kept-as-list',
    class: 'non-breaking',
    description: "An ordered array's no-repeat promise moves from `uniqueItems` to `x-woes-distinct: true`.",
    reason:
      "Woes still never repeats a value, and the producers' schemas still enforce it; the receiver schemas drop `uniqueItems` so that generated code keeps the order (a list where it made an unordered set). Code generated again sees a list.",
  },
  {
    id: 'property-deprecated',
    class: 'non-breaking',
    description: 'A property is marked `deprecated: true`.',
    reason: 'It is still sent; the marker announces its removal in a later major version and shows as `@deprecated` in the types.',
  },
  {
    id: 'property-undeprecated',
    class: 'non-breaking',
    description: 'A property loses `deprecated: true`.',
    reason: 'It stays; nothing a receiver reads changes.',
  },
  { id: 'schema-docs-changed', class: 'docs', description: "A schema's description, title or examples changed.", reason: 'Prose only.' },
  {
    id: 'envelope-changed',
    class: 'breaking',
    description: 'A field every event carries (the envelope) changes beyond adding an optional field.',
    reason: 'Every receiver routes, deduplicates and orders on the envelope; it only changes with a new `apiVersion`.',
  },
  {
    id: 'schema-keyword-changed',
    class: 'breaking',
    description: 'A schema keyword this gate has no rule for changed (`anyOf`, `additionalProperties`, ...).',
    reason: 'Unknown changes are treated as breaking until a rule here says otherwise.',
  },
  // ── Delivery headers and signing ─────────────────────────────────────────
  { id: 'header-added', class: 'non-breaking', description: 'A new optional delivery header.', reason: 'Receivers ignore headers they do not know.' },
  {
    id: 'header-made-required',
    class: 'non-breaking',
    description: 'An optional delivery header is now always sent.',
    reason: 'Receivers that handled its absence still work; nothing they read changes shape.',
  },
  {
    id: 'header-changed',
    class: 'breaking',
    description: 'A delivery header is removed, made optional, or its value changes shape.',
    reason: 'Receivers verify signatures and deduplicate with the headers.',
  },
  {
    id: 'signing-changed',
    class: 'breaking',
    description: 'The signature scheme, header names, signed content, algorithms or key prefixes change.',
    reason: 'Receivers verify every delivery this way; a change makes every delivery fail verification.',
  },
  {
    id: 'signature-version-added',
    class: 'non-breaking',
    description: 'A signature scheme is added beside the existing one (e.g. `v1a` ed25519 next to `v1` HMAC).',
    reason: 'Standard Webhooks receivers ignore signature versions they do not know and keep verifying the one they do.',
  },
  {
    id: 'signing-tolerance-changed',
    class: 'policy',
    description: 'The timestamp tolerance changes.',
    reason: 'Delivery policy: receivers configure their replay window from it.',
  },
  {
    id: 'rotation-overlap-changed',
    class: 'policy',
    description: 'How long old and new secrets both sign after a rotation changes.',
    reason: 'Delivery policy: receivers plan secret rotation on it.',
  },
  {
    id: 'idempotency-key-changed',
    class: 'breaking',
    description: 'The deduplication key (header or payload field) changes.',
    reason: 'Receivers deduplicate on it; a different key delivers duplicates twice.',
  },
  {
    id: 'idempotency-window-changed',
    class: 'policy',
    description: 'How long a delivery can repeat changes.',
    reason: 'Delivery policy: receivers size their seen-id store on it.',
  },
  {
    id: 'ordering-changed',
    class: 'breaking',
    description: 'The ordering guarantee or its sequence field changes.',
    reason: 'Receivers discard stale snapshots by this rule.',
  },
  // ── Delivery policy ────────────────────────────────────────────────────────
  {
    id: 'retry-policy-changed',
    class: 'policy',
    description: 'The retry schedule, attempt timeout, success or failure rules, or disabling rules change.',
    reason: 'Delivery policy: receivers size timeouts and outage tolerance on it.',
  },
  { id: 'size-limit-changed', class: 'policy', description: 'The maximum payload size changes.', reason: 'Delivery policy: receivers size body limits on it.' },
  {
    id: 'overflow-changed',
    class: 'policy',
    description:
      'How Woes cuts text to keep a body within the size limit changes: which fields, in what order, how much each keeps, where the whole text can be read.',
    reason: 'Receivers that meet `truncated` read from it what they got and whether they can fetch the rest.',
  },
  {
    id: 'fetching-changed',
    class: 'policy',
    description:
      'Where and how the ids in a payload are read through the REST API changes (`x-woes-fetching`: the base URL, the read of a kind, authentication).',
    reason: 'Receivers that fetch more build their requests from it: check the calls you make against the Fetching more page.',
  },
  {
    id: 'versioning-policy-changed',
    class: 'policy',
    description: 'The versioning policy (`x-woes-versioning`) changes.',
    reason: 'It is the promise receivers rely on for every later change.',
  },
  {
    id: 'delivery-block-changed',
    class: 'policy',
    description: 'Another `x-woes-*` block changes.',
    reason: 'How Woes delivers changed: the linked page says what it means for your receiver.',
  },
  {
    id: 'delivery-docs-changed',
    class: 'docs',
    description: 'The prose of an `x-woes-*` block, or its example secret, changes.',
    reason: 'Prose and examples only.',
  },
  // ── Everything else ────────────────────────────────────────────────────────
  { id: 'metadata-changed', class: 'docs', description: '`info` (other than `version`), `servers` or tags change.', reason: 'Nothing on the wire changes.' },
  {
    id: 'unclassified-change',
    class: 'breaking',
    description: 'A part of the document this gate has no rule for changed (channels, operations, bindings, message traits).',
    reason: 'Unknown changes are treated as breaking until a rule here says otherwise.',
  },
] as const satisfies readonly ChangeRule[];

export type ChangeRuleId = (typeof CHANGE_RULES)[number]['id'];

const BY_ID = new Map<string, ChangeRule>(CHANGE_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: ChangeRuleId): ChangeRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`@woes/webhooks diff: no rule "${id}"`);
  return rule;
}
