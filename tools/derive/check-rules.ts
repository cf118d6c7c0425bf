import type { SpecModel } from '../spec/spec-model.js';
import type { CompiledView } from './build-validators.js';
import { createAjv, validatorExportName } from './build-validators.js';
import type { BuiltSchemas } from './build-schemas.js';
import type { JsonObject } from '../spec/load-spec.js';
import type { Problem } from '../spec/problem.js';
import { RULES, type Rule, type RuleContext, type ValidationIssue } from './ruleset.js';
import { CallTimedOut, callWithin } from './bounded-call.js';

/**
 * How long validating one example may take. One takes well under a millisecond; a pattern that
 * backtracks (one the woes-pattern-backtracking rule does not recognise) stops here instead
 * of hanging `generate`, and the examples after it are not checked.
 */
export const EXAMPLE_DEADLINE_MS = 2_000;

interface AjvLikeError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

const toIssues = (errors: readonly AjvLikeError[] | null | undefined): ValidationIssue[] =>
  (errors ?? []).map((error) => {
    const extra = error.params?.additionalProperty ?? error.params?.allowedValues;
    return { instancePath: error.instancePath, message: `${error.message ?? 'is invalid'}${extra === undefined ? '' : ` (${JSON.stringify(extra)})`}` };
  });

/** The context the rules run in, with validators compiled from the derived schemas. */
export function createRuleContext(
  raw: JsonObject,
  model: SpecModel,
  schemas: BuiltSchemas,
  strict: CompiledView,
  { exampleDeadlineMs = EXAMPLE_DEADLINE_MS } = {},
): RuleContext {
  const side = createAjv({ allErrors: true });
  const validateHeaders = side.compile(schemas.headers);
  let timedOut = false;
  return {
    raw,
    model,
    validatePayload: (type, payload) => {
      const validate = strict.ajv.getSchema(strict.exports[validatorExportName('strict', type)] ?? '');
      if (!validate) return [{ instancePath: '', message: `no schema for event type "${type}"` }];
      // After one example ran out of time the rest are not checked: that one is the problem to fix.
      if (timedOut) return [];
      try {
        return callWithin(() => validate(payload), exampleDeadlineMs) ? [] : toIssues(validate.errors);
      } catch (error) {
        if (!(error instanceof CallTimedOut)) throw error;
        timedOut = true;
        return [
          {
            instancePath: '',
            message: `could not be checked: validating it took more than ${exampleDeadlineMs / 1000} s (a schema pattern backtracks on it); the examples after it were not checked`,
          },
        ];
      }
    },
    validateHeaders: (headers) => (validateHeaders(headers) ? [] : toIssues(validateHeaders.errors)),
  };
}

/** Runs rules and turns their findings into problems carrying the rule's id and fix. */
export function checkRules(context: RuleContext, rules: readonly Rule[] = RULES): Problem[] {
  return rules.flatMap((rule) =>
    rule.check(context).map((finding): Problem => ({ code: rule.id, message: finding.message, path: finding.path, fix: rule.fix })),
  );
}
