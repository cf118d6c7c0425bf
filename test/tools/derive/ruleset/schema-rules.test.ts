import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_RULES } from '../../../../tools/derive/schema-rules.js';
import { readSpecModel } from '../../../../tools/spec/spec-model.js';
import { loadSpec, type Json, type JsonObject } from '../../../../tools/spec/load-spec.js';

// Each schema rule's failure modes beyond the one case rule-cases.ts gives it, as data: a
// mutation of the real spec, the rule, and words the message must carry.
type Mutable = { [key: string]: Json };
const at = (node: Json | undefined, path: string): Mutable => {
  let current = node;
  for (const key of path.split('.')) current = (current as Mutable)[key];
  return current as Mutable;
};
const changes = (raw: JsonObject, name: string): Mutable => at(raw, `components.schemas.${name}.properties`);

const CASES: readonly { name: string; rule: string; mutate: (raw: JsonObject) => void; message: RegExp }[] = [
  {
    name: 'changes.previous left untyped',
    rule: 'woes-changes-typed',
    mutate: (raw) => void delete at(changes(raw, 'IssueResolvedChanges'), 'previous').properties,
    message: /issue\.resolved: changes\.previous lists no properties/,
  },
  {
    name: 'a previous value for a field data does not have',
    rule: 'woes-changes-typed',
    mutate: (raw) => void (at(changes(raw, 'IssueResolvedChanges'), 'previous.properties').closedAt = { type: 'string', description: 'Wrong resource.' }),
    message: /changes\.previous\.closedAt is not a field of data/,
  },
  {
    name: 'a previous value of another type',
    rule: 'woes-changes-typed',
    mutate: (raw) =>
      void (at(changes(raw, 'KnowledgeCoverageChangedChanges'), 'previous.properties').coverage = { type: 'integer', maximum: 10, description: 'x' }),
    message: /changes\.previous\.coverage differs from data\.coverage/,
  },
  {
    name: 'changes.fields out of data order',
    rule: 'woes-changes-typed',
    mutate: (raw) => void (at(changes(raw, 'IssueResolvedChanges'), 'fields.items').enum = ['resolvedAt', 'status']),
    message: /expected the previous properties in data order \["status","resolvedAt"\]/,
  },
  {
    name: 'an array both ordered and a set',
    rule: 'woes-array-order',
    mutate: (raw) => void (at(raw, 'components.schemas.Message.properties.attachments').uniqueItems = true),
    message: /both ordered and a set/,
  },
  {
    name: 'x-woes-distinct on a set',
    rule: 'woes-array-order',
    mutate: (raw) => void (at(raw, 'components.schemas.CustomerMerge.properties.absorbedIds')['x-woes-distinct'] = true),
    message: /only, as `true`, on an ordered array/,
  },
  {
    name: 'an integer inside a nullable union without a maximum',
    rule: 'woes-integer-bound',
    mutate: (raw) => void delete at(raw, 'components.schemas.Resolution.properties.firstResponseSeconds').maximum,
    message: /an integer without a `maximum`/,
  },
];

let raw: JsonObject;
beforeAll(async () => {
  const loaded = await loadSpec('asyncapi.yaml', async () => []);
  if (!loaded.ok) throw new Error('asyncapi.yaml must load');
  raw = loaded.spec.raw;
});

describe('the schema rules', () => {
  it.each(CASES)('$rule: $name', ({ rule, mutate, message }) => {
    const copy = structuredClone(raw);
    mutate(copy);
    const check = SCHEMA_RULES.find((candidate) => candidate.id === rule);
    if (!check) throw new Error(`no rule ${rule}`);
    const { model } = readSpecModel(copy);
    const findings = check.check({ raw: copy, model, validatePayload: () => [], validateHeaders: () => [] });
    expect(findings.map((finding) => finding.message).join('\n')).toMatch(message);
  });
});
