import { DELIVERY } from '../../../generated/catalog.js';
import { checkEvent } from '../../runtime/validation/check-event.js';
import { isWebhookVerificationError, verify } from '../../runtime/index.js';
import type { CapturedAttempt } from './captured-attempt.js';
import { findSecrets } from './secret-patterns.js';
import { checkRetrySpacing, checkSequences } from './timing-checks.js';

/** One promise of the delivery contract, kept or broken, with the evidence. */
export interface ContractCheck {
  readonly id: 'signatures' | 'payloads' | 'retries-identical' | 'retry-spacing' | 'disable-on-410' | 'sequence-increases' | 'no-secrets';
  readonly title: string;
  readonly ok: boolean;
  /** One line per problem found. */
  readonly problems: readonly string[];
}

export interface CaptureReport {
  readonly ok: boolean;
  readonly deliveries: number;
  readonly attempts: number;
  readonly checks: readonly ContractCheck[];
}

export interface ReportOptions {
  readonly secret: string | readonly string[];
  readonly timeScale: number;
  readonly scheduleSeconds?: readonly number[];
}

const label = (attempt: CapturedAttempt): string => `${attempt.headers['webhook-id'] ?? '(no webhook-id)'} attempt ${attempt.attemptIndex + 1}`;

async function checkSignatures(attempts: readonly CapturedAttempt[], secret: string | readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const attempt of attempts) {
    try {
      // Verified against the moment it arrived: a stale timestamp means headers were reused.
      await verify(attempt.body, attempt.headers, { secret, now: () => attempt.receivedAt });
    } catch (error) {
      problems.push(`${label(attempt)}: ${isWebhookVerificationError(error) ? `${error.code}: ${error.message}` : String(error)}`);
    }
  }
  return problems;
}

function checkPayloads(attempts: readonly CapturedAttempt[]): string[] {
  const problems: string[] = [];
  for (const attempt of attempts.filter((candidate) => candidate.attemptIndex === 0)) {
    let value: unknown;
    try {
      value = JSON.parse(attempt.body);
    } catch {
      problems.push(`${label(attempt)}: the body is not JSON`);
      continue;
    }
    const result = checkEvent(value, 'strict');
    if (!result.ok) for (const violation of result.violations) problems.push(`${label(attempt)}: ${violation.path || '/'} ${violation.message}`);
    const id = (value as { id?: unknown }).id;
    if (id !== attempt.headers['webhook-id']) problems.push(`${label(attempt)}: payload id ${JSON.stringify(id)} differs from webhook-id`);
  }
  return problems;
}

function checkRetriesIdentical(byId: ReadonlyMap<string, readonly CapturedAttempt[]>): string[] {
  const problems: string[] = [];
  for (const [id, attempts] of byId) {
    const [first] = attempts;
    let previous = -Infinity;
    for (const attempt of attempts) {
      if (first && attempt.body !== first.body) problems.push(`${id} attempt ${attempt.attemptIndex + 1}: the body differs from attempt 1 (retries must resend the same bytes)`);
      const timestamp = Number(attempt.headers['webhook-timestamp']);
      if (timestamp < previous) problems.push(`${id} attempt ${attempt.attemptIndex + 1}: webhook-timestamp went backwards`);
      // A fresh timestamp per attempt: within a few seconds of when the attempt was sent.
      if (Math.abs(timestamp - attempt.receivedAt / 1000) > 5) problems.push(`${id} attempt ${attempt.attemptIndex + 1}: webhook-timestamp ${timestamp} is not the attempt's time (re-sign every attempt)`);
      previous = timestamp;
    }
  }
  return problems;
}

function checkDisable(attempts: readonly CapturedAttempt[]): string[] {
  const gone = attempts.find((attempt) => attempt.answer === DELIVERY.retries.disableStatus);
  if (!gone) return [];
  return attempts.filter((attempt) => attempt.receivedAt > gone.endedAt).map((attempt) => `${label(attempt)} arrived after ${label(gone)} was answered ${DELIVERY.retries.disableStatus}; a 410 disables the endpoint`);
}

/**
 * Judges everything a producer sent to the capture endpoint against the delivery contract:
 * signatures, payloads, retries, spacing, 410, sequence numbers, and leaked secrets.
 */
export async function buildCaptureReport(attempts: readonly CapturedAttempt[], options: ReportOptions): Promise<CaptureReport> {
  const byId = new Map<string, CapturedAttempt[]>();
  for (const attempt of attempts) {
    const id = attempt.headers['webhook-id'] ?? '';
    byId.set(id, [...(byId.get(id) ?? []), attempt]);
  }
  const check = (id: ContractCheck['id'], title: string, problems: readonly string[]): ContractCheck => ({ id, title, ok: problems.length === 0, problems });
  const checks = [
    check('signatures', 'every attempt carries a valid, fresh signature', await checkSignatures(attempts, options.secret)),
    check('payloads', 'every payload is valid for its type (strict)', checkPayloads(attempts)),
    check('retries-identical', 'retries resend the same id and body with a new timestamp', checkRetriesIdentical(byId)),
    check('retry-spacing', `retries follow the schedule (time scale ${options.timeScale})`, checkRetrySpacing(byId, { timeScale: options.timeScale, scheduleSeconds: options.scheduleSeconds ?? DELIVERY.retries.scheduleSeconds })),
    check('disable-on-410', 'nothing arrives after a 410', checkDisable(attempts)),
    check('sequence-increases', 'sequence increases per resource, in the order changes happened', checkSequences(byId)),
    check('no-secrets', 'no secret-looking strings in any payload', attempts.flatMap((attempt) => findSecrets(attempt.body).map((name) => `${label(attempt)}: contains a ${name}`))),
  ];
  return { ok: checks.every((item) => item.ok), deliveries: byId.size, attempts: attempts.length, checks };
}

/** The report as lines for a terminal. */
export function renderCaptureReport(report: CaptureReport): string {
  const lines = [`Producer contract: ${report.deliveries} deliveries, ${report.attempts} attempts`];
  for (const item of report.checks) {
    lines.push(`${item.ok ? 'ok  ' : 'FAIL'}  ${item.id.padEnd(18)} ${item.title}`);
    for (const problem of item.problems.slice(0, 10)) lines.push(`        ${problem}`);
    if (item.problems.length > 10) lines.push(`        … and ${item.problems.length - 10} more`);
  }
  lines.push(report.ok ? 'The producer kept the contract.' : 'The producer broke the contract.');
  return lines.join('\n');
}
