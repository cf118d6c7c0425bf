import { DELIVERY } from '../../../generated/catalog.js';
import { checkEvent } from '../../runtime/validation/check-event.js';
import { isWebhookVerificationError, Webhook } from '../../runtime/index.js';
import type { DroppedAttempts } from './attempt-log.js';
import type { CapturedAttempt } from './captured-attempt.js';
import { escapeForTerminal } from '../safe-text/terminal-text.js';
import { findSecrets, findSecretsInValue } from './secret-patterns.js';
import { checkRetrySpacing, checkSequences } from './timing-checks.js';

/** One promise of the delivery contract, kept or broken, with the evidence. */
export interface ContractCheck {
  readonly id: 'body-size' | 'signatures' | 'payloads' | 'retries-identical' | 'retry-spacing' | 'disable-on-410' | 'sequence-increases' | 'no-secrets';
  readonly title: string;
  readonly ok: boolean;
  /** One line per problem found. */
  readonly problems: readonly string[];
}

export interface CaptureReport {
  readonly ok: boolean;
  readonly deliveries: number;
  readonly attempts: number;
  /** Attempts the endpoint dropped, oldest first, to stay within its limits: the checks did not see them. */
  readonly dropped: DroppedAttempts;
  readonly checks: readonly ContractCheck[];
}

export interface ReportOptions {
  readonly secret: string | readonly string[];
  readonly timeScale: number;
  readonly scheduleSeconds?: readonly number[];
  /** What the endpoint dropped, oldest first, before these attempts. */
  readonly dropped?: DroppedAttempts;
  /** The body limit the endpoint enforced (default: the contract's). */
  readonly maxBodyBytes?: number;
}

/** A body decoded once per report: most checks read it. */
type Parsed = { readonly json: true; readonly value: unknown } | { readonly json: false };
const jsonValueOf = (parsed: Parsed): unknown => (parsed.json ? parsed.value : undefined);

const label = (attempt: CapturedAttempt): string => `${attempt.headers['webhook-id'] ?? '(no webhook-id)'} attempt ${attempt.attemptIndex + 1}`;

/**
 * One verifier for the whole report: decoding the secret and importing the key per attempt
 * made the report over 30,000 attempts take seconds. Each attempt is judged at the moment it
 * arrived (a stale timestamp means headers were reused), through the verifier's clock.
 */
async function checkSignatures(attempts: readonly CapturedAttempt[], secret: string | readonly string[]): Promise<string[]> {
  let arrivedAt = 0;
  let webhook: Webhook;
  try {
    webhook = new Webhook(secret, { now: () => arrivedAt });
  } catch (error) {
    return [`the capture secret cannot verify anything: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems: string[] = [];
  for (const attempt of attempts) {
    arrivedAt = attempt.receivedAt;
    try {
      await webhook.verify(attempt.body, attempt.headers);
    } catch (error) {
      problems.push(`${label(attempt)}: ${isWebhookVerificationError(error) ? `${error.code}: ${error.message}` : String(error)}`);
    }
  }
  return problems;
}

function checkPayloads(attempts: readonly CapturedAttempt[], parsed: (attempt: CapturedAttempt) => Parsed): string[] {
  const problems: string[] = [];
  for (const attempt of attempts.filter((candidate) => candidate.attemptIndex === 0)) {
    const body = parsed(attempt);
    if (!body.json) {
      problems.push(`${label(attempt)}: the body is not JSON`);
      continue;
    }
    const { value } = body;
    const result = checkEvent(value, 'strict');
    if (!result.ok) for (const violation of result.violations) problems.push(`${label(attempt)}: ${violation.path || '/'} ${violation.message}`);
    const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
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
      if (first && attempt.body !== first.body)
        problems.push(`${id} attempt ${attempt.attemptIndex + 1}: the body differs from attempt 1 (retries must resend the same bytes)`);
      const timestamp = Number(attempt.headers['webhook-timestamp']);
      if (timestamp < previous) problems.push(`${id} attempt ${attempt.attemptIndex + 1}: webhook-timestamp went backwards`);
      // A fresh timestamp per attempt: within a few seconds of when the attempt was sent.
      if (Math.abs(timestamp - attempt.receivedAt / 1000) > 5)
        problems.push(`${id} attempt ${attempt.attemptIndex + 1}: webhook-timestamp ${timestamp} is not the attempt's time (re-sign every attempt)`);
      previous = timestamp;
    }
  }
  return problems;
}

function checkDisable(attempts: readonly CapturedAttempt[]): string[] {
  const gone = attempts.find((attempt) => attempt.answer === DELIVERY.retries.disableStatus);
  if (!gone) return [];
  return attempts
    .filter((attempt) => attempt.receivedAt > gone.endedAt)
    .map((attempt) => `${label(attempt)} arrived after ${label(gone)} was answered ${DELIVERY.retries.disableStatus}; a 410 disables the endpoint`);
}

/** A secret anywhere in a decoded body, with its JSON pointer; a body that is not JSON is read as text. */
function checkSecrets(attempts: readonly CapturedAttempt[], parsed: (attempt: CapturedAttempt) => Parsed): string[] {
  const problems: string[] = [];
  for (const attempt of attempts) {
    const body = parsed(attempt);
    const findings = body.json ? findSecretsInValue(body.value) : findSecrets(attempt.body).map((name) => ({ name, path: [] }));
    for (const finding of findings) problems.push(`${label(attempt)}: contains a ${finding.name} at ${pointer(finding.path)}`);
  }
  return problems;
}

const pointer = (path: readonly (string | number)[]): string =>
  path.length === 0 ? '/' : path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function checkBodySize(attempts: readonly CapturedAttempt[], maxBodyBytes: number): string[] {
  return attempts
    .filter((attempt) => attempt.oversizedBytes !== undefined)
    .map((attempt) => `${label(attempt)}: the body exceeds the contract's ${maxBodyBytes} bytes (${attempt.oversizedBytes} read before refusing with 413)`);
}

/**
 * Judges everything a producer sent to the capture endpoint against the delivery contract:
 * body size, signatures, payloads, retries, spacing, 410, sequence numbers, and leaked
 * secrets. Linear in the attempts: each body is parsed once, the keys prepared once.
 */
export async function buildCaptureReport(attempts: readonly CapturedAttempt[], options: ReportOptions): Promise<CaptureReport> {
  // An oversized body was refused unread: only the size check can judge it.
  const judged = attempts.filter((attempt) => attempt.oversizedBytes === undefined);
  const byId = new Map<string, CapturedAttempt[]>();
  for (const attempt of judged) {
    const id = attempt.headers['webhook-id'] ?? '';
    const list = byId.get(id);
    if (list) list.push(attempt);
    else byId.set(id, [attempt]);
  }
  const cache = new Map<CapturedAttempt, Parsed>();
  const parsed = (attempt: CapturedAttempt): Parsed => {
    let body = cache.get(attempt);
    if (!body) {
      try {
        body = { json: true, value: JSON.parse(attempt.body) as unknown };
      } catch {
        body = { json: false };
      }
      cache.set(attempt, body);
    }
    return body;
  };
  const maxBodyBytes = options.maxBodyBytes ?? DELIVERY.limits.maxPayloadBytes;
  const check = (id: ContractCheck['id'], title: string, problems: readonly string[]): ContractCheck => ({ id, title, ok: problems.length === 0, problems });
  const checks = [
    check('body-size', `every body is within the contract's ${maxBodyBytes} bytes`, checkBodySize(attempts, maxBodyBytes)),
    check('signatures', 'every attempt carries a valid, fresh signature', await checkSignatures(judged, options.secret)),
    check('payloads', 'every payload is valid for its type (strict)', checkPayloads(judged, parsed)),
    check('retries-identical', 'retries resend the same id and body with a new timestamp', checkRetriesIdentical(byId)),
    check(
      'retry-spacing',
      `retries follow the schedule (time scale ${options.timeScale})`,
      checkRetrySpacing(byId, { timeScale: options.timeScale, scheduleSeconds: options.scheduleSeconds ?? DELIVERY.retries.scheduleSeconds }),
    ),
    check('disable-on-410', 'nothing arrives after a 410', checkDisable(judged)),
    check(
      'sequence-increases',
      'sequence increases per resource, in the order changes happened',
      checkSequences(byId, (attempt) => jsonValueOf(parsed(attempt))),
    ),
    check('no-secrets', 'no secret-looking strings in any payload', checkSecrets(judged, parsed)),
  ];
  const dropped = options.dropped ?? { attempts: 0, bytes: 0 };
  return { ok: checks.every((item) => item.ok), deliveries: byId.size, attempts: attempts.length, dropped, checks };
}

/** The report as lines for a terminal, each made safe to print. */
export function renderCaptureReport(report: CaptureReport): string {
  const lines = [`Producer contract: ${report.deliveries} deliveries, ${report.attempts} attempts`];
  if (report.dropped.attempts > 0) {
    lines.push(
      `  The ${report.dropped.attempts} oldest attempts (${report.dropped.bytes} body bytes) were dropped to stay within the endpoint's limits; the checks cover the ${report.attempts} kept. Raise --max-attempts to keep more.`,
    );
  }
  for (const item of report.checks) {
    lines.push(`${item.ok ? 'ok  ' : 'FAIL'}  ${item.id.padEnd(18)} ${item.title}`);
    for (const problem of item.problems.slice(0, 10)) lines.push(`        ${problem}`);
    if (item.problems.length > 10) lines.push(`        … and ${item.problems.length - 10} more`);
  }
  lines.push(report.ok ? 'The producer kept the contract.' : 'The producer broke the contract.');
  // Ids and problems quote the producer's bytes: text, never terminal control sequences.
  return lines.map(escapeForTerminal).join('\n');
}
