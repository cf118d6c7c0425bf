import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchemas } from '../../../../tools/derive/build-schemas.js';
import { compileView } from '../../../../tools/derive/build-validators.js';
import { checkRules, createRuleContext } from '../../../../tools/derive/check-rules.js';
import { readSpecModel } from '../../../../tools/spec/spec-model.js';
import { loadSpec, type JsonObject, type LoadedSpec } from '../../../../tools/spec/load-spec.js';
import { RULES } from '../../../../tools/derive/ruleset.js';
import { RULE_CASES } from './rule-cases.js';

let spec: LoadedSpec;
beforeAll(async () => {
  // The rules read the plain data; the AsyncAPI parser's verdict (test/tools/spec) is not asked for here.
  const loaded = await loadSpec('asyncapi.yaml', async () => []);
  if (!loaded.ok) throw new Error('asyncapi.yaml must load');
  spec = loaded.spec;
});

function findingsFor(raw: JsonObject, ruleId: string) {
  const { model } = readSpecModel(raw);
  const schemas = buildSchemas(model);
  const strict = compileView(
    schemas,
    'strict',
    model.events.map((event) => event.type),
    'EventEnvelope',
  );
  const rule = RULES.filter((candidate) => candidate.id === ruleId);
  return checkRules(createRuleContext(raw, model, schemas, strict), rule);
}

describe('ruleset', () => {
  it('every rule has an id, a description, a fix and a failing case', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^woes-[a-z-]+$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.fix.length).toBeGreaterThan(20);
    }
    expect(RULE_CASES.map((c) => c.rule).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => rule.id))('%s passes on asyncapi.yaml', (ruleId) => {
    expect(findingsFor(spec.raw, ruleId)).toEqual([]);
  });

  it.each(RULE_CASES)('$rule catches its failing case', ({ rule, mutate, path }) => {
    const raw = structuredClone(spec.raw);
    mutate(raw);
    const problems = findingsFor(raw, rule);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.path.join(','))).toContainEqual(expect.stringContaining(path));
    expect(problems.every((problem) => problem.code === rule)).toBe(true);
  });
});
