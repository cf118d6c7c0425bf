import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../../../tools/derive/build-schemas.js';
import { compileView } from '../../../../tools/derive/build-validators.js';
import { checkRules, createRuleContext } from '../../../../tools/derive/check-rules.js';
import { RULES } from '../../../../tools/derive/ruleset.js';
import type { JsonObject } from '../../../../tools/spec/load-spec.js';
import { readSpecModel } from '../../../../tools/spec/spec-model.js';
import { at, realSpec } from '../../diff/spec-edits.js';

/**
 * The example check is bounded on its own, for a pattern the woes-pattern-backtracking rule
 * does not recognise: here that rule is left out, and `^(a+)+$` meets 34 `a`s and a `!`,
 * which takes minutes and twice as long with each further `a`.
 */
describe('the example check', () => {
  it('stops at its deadline and reports the example it was on', () => {
    const raw: JsonObject = realSpec();
    at(raw, 'components.schemas.Conversation.properties.subject').pattern = '^(a+)+$';
    const [example] = at(raw, 'components.messages.conversationCreated').examples as JsonObject[];
    at(example ?? {}, 'payload.data').subject = `${'a'.repeat(34)}!`;
    const { model } = readSpecModel(raw);
    const schemas = buildSchemas(model);
    const types = model.events.map((event) => event.type);
    const strict = compileView(schemas, 'strict', types, 'EventEnvelope');
    const context = createRuleContext(raw, model, schemas, strict, { exampleDeadlineMs: 300 });
    const problems = checkRules(
      context,
      RULES.filter((rule) => rule.id === 'woes-example-valid'),
    );
    expect(problems.map((problem) => [problem.path.join('.'), problem.message])).toEqual([
      [
        'components.messages.conversationCreated.examples.0.payload',
        'example does not match the payload schema: could not be checked: validating it took more than 0.3 s (a schema pattern backtracks on it); the examples after it were not checked',
      ],
    ]);
  });
});
