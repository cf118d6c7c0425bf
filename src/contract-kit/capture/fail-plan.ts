import { ContractKitError } from '../contract-error.js';

/** How the capture endpoint answers one attempt: a status (optionally with retry-after) or no answer. */
export type FailMode = { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number } | { readonly kind: 'timeout' };

/** Answer `mode` for `attempts` attempts of each delivery, then move to the next step. */
export interface FailStep {
  readonly mode: FailMode;
  readonly attempts: number;
}

/**
 * Parses `--fail` values: `503x2` (503 for two attempts), `timeoutx1`, `410`, `429x1:retry-after=2`.
 * Steps apply in order per webhook-id; after the last one the endpoint answers 200.
 */
export function parseFailStep(spec: string): FailStep {
  const match = /^(timeout|\d{3})(?:x(\d+))?(?::retry-after=(\d+))?$/.exec(spec.trim());
  if (!match)
    throw new ContractKitError(
      'invalid_option',
      `--fail "${spec}" is not <status|timeout>[x<attempts>][:retry-after=<s>], e.g. 503x2, timeoutx1, 410, 429x1:retry-after=2.`,
    );
  const [, what = '', count, retryAfter] = match;
  const attempts = count === undefined ? 1 : Number(count);
  if (what === 'timeout') return { mode: { kind: 'timeout' }, attempts };
  const status = Number(what);
  if (status < 200 || status > 599) throw new ContractKitError('invalid_option', `--fail "${spec}": ${status} is not an HTTP status (200-599).`);
  return { mode: { kind: 'status', status, ...(retryAfter === undefined ? {} : { retryAfterSeconds: Number(retryAfter) }) }, attempts };
}

/** The mode for the n-th (0-based) attempt of a delivery, or undefined to succeed. */
export function modeForAttempt(plan: readonly FailStep[], attemptIndex: number): FailMode | undefined {
  let remaining = attemptIndex;
  for (const step of plan) {
    if (remaining < step.attempts) return step.mode;
    remaining -= step.attempts;
  }
  return undefined;
}
