import type { SpecModel } from '../spec/spec-model.js';
import type { CompiledView } from './build-validators.js';
import { createAjv, validatorExportName } from './build-validators.js';
import type { BuiltSchemas } from './build-schemas.js';
import type { JsonObject } from '../spec/load-spec.js';
import type { Problem } from '../spec/problem.js';
import { RULES, type Rule, type RuleContext, type ValidationIssue } from './ruleset.js';
import { CallTimedOut, callWithin } from './bounded-call.js';

/**
 * How long validating every example may take in all. Today's take a few milliseconds; a
 * pattern that backtracks (one the woes-pattern-backtracking rule does not recognise) stops
 * here instead of hanging `generate`.
 */
export const EXAMPLE_CHECK_DEADLINE_MS = 10_000;

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
  { exampleDeadlineMs = EXAMPLE_CHECK_DEADLINE_MS } = {},
): RuleContext {
  const side = createAjv({ allErrors: true });
  const validateHeaders = side.compile(schemas.headers);
  // One budget for every example: the clock starts at the first one.
  let deadline: number | undefined;
  let timedOut = false;
  return {
    raw,
    model,
    validatePayload: (type, payload) => {
      const validate = strict.ajv.getSchema(strict.exports[validatorExportName('strict', type)] ?? '');
      if (!validate) return [{ instancePath: '', message: `no schema for event type "${type}"` }];
      // After one example ran out of time the rest are not checked: that one is the problem to fix.
      if (timedOut) return [];
      deadline ??= Date.now() + exampleDeadlineMs;
      try {
        return callWithin(() => validate(payload), deadline - Date.now()) ? [] : toIssues(validate.errors);
      } catch (error) {
        if (!(error instanceof CallTimedOut)) throw error;
        timedOut = true;
        return [
          {
            instancePath: '',
            message: `could not be checked: validating the examples took more than ${exampleDeadlineMs / 1000} s, this one still running (a schema pattern backtracks on it); later examples were not checked`,
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
