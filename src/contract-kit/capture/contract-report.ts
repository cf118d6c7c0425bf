import { DELIVERY } from '../../../generated/catalog.js';
import { checkEvent } from '../../runtime/validation/check-event.js';
import { isWebhookVerificationError, Webhook } from '../../runtime/index.js';
import { escapeForTerminal } from '../safe-text/terminal-text.js';
import { label, shownId } from './attempt-label.js';
import type { DroppedAttempts } from './attempt-log.js';
import type { CapturedAttempt } from './captured-attempt.js';
import { findSecrets, findSecretsInValue } from './secret-patterns.js';
import { checkRetrySpacing, checkSequences } from './timing-checks.js';

/** One promise of the delivery contract, kept or broken, with the evidence. */
export interface ContractCheck {
  readonly id: 'body-size' | 'signatures' | 'payloads' | 'retries-identical' | 'retry-spacing' | 'disable-on-410' | 'sequence-increases' | 'no-secrets';
  readonly title: string;
  readonly ok: boolean;
  /** The first problems found, one line each: at most MAX_PROBLEMS_KEPT, each at most MAX_PROBLEM_CHARS long. */
  readonly problems: readonly string[];
  /** Problems found past MAX_PROBLEMS_KEPT: counted, not kept. */
  readonly problemsNotKept: number;
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

/**
 * How much of the evidence a report keeps per check: enough to fix the producer (the same
 * mistake repeats), and a report of bounded size however many attempts broke the contract
 * (10,000 attempts with 15 KB ids once made a 155 MB report that took seconds to build).
 */
export const MAX_PROBLEMS_KEPT = 100;
export const MAX_PROBLEM_CHARS = 500;

/** The problems of one check: the first ones kept, cut to a line's length, the rest counted. */
class Problems {
  readonly kept: string[] = [];
  notKept = 0;

  add(line: string): void {
    if (this.kept.length >= MAX_PROBLEMS_KEPT) {
      this.notKept++;
      return;
    }
    this.kept.push(line.length <= MAX_PROBLEM_CHARS ? line : `${line.slice(0, MAX_PROBLEM_CHARS - 1)}…`);
  }

  addAll(lines: readonly string[]): this {
    for (const line of lines) this.add(line);
    return this;
  }
}

/**
 * What the checks need of one attempt's body, decoded once. The parsed value itself is not
 * kept: a 64 KiB body of nested brackets parses to megabytes of arrays, and keeping one per
 * attempt for the whole report is what once took the endpoint past its heap.
 */
interface BodyFacts {
  readonly json: boolean;
  /** `{ resource, sequence, occurredAt }` of the event, for the sequence check. */
  readonly ordering: unknown;
}

/**
 * One verifier for the whole report: decoding the secret and importing the key per attempt
 * made the report over 30,000 attempts take seconds. Each attempt is judged at the moment it
 * arrived (a stale timestamp means headers were reused), through the verifier's clock.
 */
async function checkSignatures(attempts: readonly CapturedAttempt[], secret: string | readonly string[], problems: Problems): Promise<void> {
  let arrivedAt = 0;
  let webhook: Webhook;
  try {
    webhook = new Webhook(secret, { now: () => arrivedAt });
  } catch (error) {
    problems.add(`the capture secret cannot verify anything: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  for (const attempt of attempts) {
    arrivedAt = attempt.receivedAt;
    try {
      await webhook.verify(attempt.body, attempt.headers);
    } catch (error) {
      problems.add(`${label(attempt)}: ${isWebhookVerificationError(error) ? `${error.code}: ${error.message}` : String(error)}`);
    }
  }
}

/** Nesting past this is no event (an event nests a handful of levels): such a body is judged unparsed. */
export const MAX_BODY_DEPTH = 64;

/**
 * True when the JSON text nests brackets and braces deeper than `max` (strings skipped). One
 * pass over the characters: far cheaper than parsing 32,768 nested arrays to find out.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 0x22) {
      // Skip the string, escapes included.
      for (at++; at < text.length && text.charCodeAt(at) !== 0x22; at++) if (text.charCodeAt(at) === 0x5c) at++;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

const pointer = (path: readonly (string | number)[]): string =>
  path.length === 0 ? '/' : path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/**
 * Decodes one body and runs what reads the decoded value (the payload's validity and id on a
 * first attempt, secrets on every attempt), then lets the value go: only its facts are kept.
 */
function judgeBody(attempt: CapturedAttempt, problems: { payloads: Problems; secrets: Problems }): BodyFacts {
  if (nestsDeeperThan(attempt.body, MAX_BODY_DEPTH)) {
    if (attempt.attemptIndex === 0) problems.payloads.add(`${label(attempt)}: the body nests deeper than ${MAX_BODY_DEPTH} levels; no event does`);
    for (const name of findSecrets(attempt.body)) problems.secrets.add(`${label(attempt)}: contains a ${name} at /`);
    return { json: false, ordering: undefined };
  }
  let value: unknown;
  try {
    value = JSON.parse(attempt.body) as unknown;
  } catch {
    if (attempt.attemptIndex === 0) problems.payloads.add(`${label(attempt)}: the body is not JSON`);
    for (const name of findSecrets(attempt.body)) problems.secrets.add(`${label(attempt)}: contains a ${name} at /`);
    return { json: false, ordering: undefined };
  }
  if (attempt.attemptIndex === 0) {
    const result = checkEvent(value, 'strict');
    if (!result.ok) for (const violation of result.violations) problems.payloads.add(`${label(attempt)}: ${violation.path || '/'} ${violation.message}`);
    const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (id !== attempt.headers['webhook-id'])
      problems.payloads.add(
        `${label(attempt)}: payload id ${typeof id === 'string' ? JSON.stringify(shownId(id)) : (JSON.stringify(id) ?? 'undefined')} differs from webhook-id`,
      );
  }
  for (const finding of findSecretsInValue(value)) problems.secrets.add(`${label(attempt)}: contains a ${finding.name} at ${pointer(finding.path)}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { json: true, ordering: undefined };
  // Primitives only: a nested value kept here would keep its whole subtree, and turning a deep one into a string recurses.
  const { resource, sequence, occurredAt } = value as { resource?: unknown; sequence?: unknown; occurredAt?: unknown };
  const primitive = (field: unknown): string | number | undefined => (typeof field === 'string' || typeof field === 'number' ? field : undefined);
  const where = resource !== null && typeof resource === 'object' ? (resource as { object?: unknown; id?: unknown }) : undefined;
  return {
    json: true,
    ordering: {
      resource: where === undefined ? undefined : { object: primitive(where.object), id: primitive(where.id) },
      sequence: primitive(sequence),
      occurredAt: primitive(occurredAt),
    },
  };
}

function checkRetriesIdentical(byId: ReadonlyMap<string, readonly CapturedAttempt[]>, problems: Problems): void {
  for (const [id, attempts] of byId) {
    const [first] = attempts;
    const shown = shownId(id);
    let previous = -Infinity;
    for (const attempt of attempts) {
      if (first && attempt.body !== first.body)
        problems.add(`${shown} attempt ${attempt.attemptIndex + 1}: the body differs from attempt 1 (retries must resend the same bytes)`);
      const timestamp = Number(attempt.headers['webhook-timestamp']);
      if (timestamp < previous) problems.add(`${shown} attempt ${attempt.attemptIndex + 1}: webhook-timestamp went backwards`);
      // A fresh timestamp per attempt: within a few seconds of when the attempt was sent.
      if (Math.abs(timestamp - attempt.receivedAt / 1000) > 5)
        problems.add(
          `${shown} attempt ${attempt.attemptIndex + 1}: webhook-timestamp ${shownId(String(attempt.headers['webhook-timestamp']))} is not the attempt's time (re-sign every attempt)`,
        );
      previous = timestamp;
    }
  }
}

function checkDisable(attempts: readonly CapturedAttempt[], problems: Problems): void {
  const gone = attempts.find((attempt) => attempt.answer === DELIVERY.retries.disableStatus);
  if (!gone) return;
  for (const attempt of attempts)
    if (attempt.receivedAt > gone.endedAt)
      problems.add(`${label(attempt)} arrived after ${label(gone)} was answered ${DELIVERY.retries.disableStatus}; a 410 disables the endpoint`);
}

function checkBodySize(attempts: readonly CapturedAttempt[], maxBodyBytes: number, problems: Problems): void {
  for (const attempt of attempts)
    if (attempt.oversizedBytes !== undefined)
      problems.add(`${label(attempt)}: the body exceeds the contract's ${maxBodyBytes} bytes (${attempt.oversizedBytes} read before refusing with 413)`);
}

/**
 * Judges everything a producer sent to the capture endpoint against the delivery contract:
 * body size, signatures, payloads, retries, spacing, 410, sequence numbers, and leaked
 * secrets. Linear in the attempts and bounded in memory: each body is parsed once and let go
 * (its facts kept), the keys are prepared once, and each check keeps at most
 * MAX_PROBLEMS_KEPT lines of evidence.
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
  const payloads = new Problems();
  const secrets = new Problems();
  const facts = new Map<CapturedAttempt, BodyFacts>();
  for (const attempt of judged) {
    const found = judgeBody(attempt, { payloads, secrets });
    // Only the first attempt of each id is read for ordering.
    if (byId.get(attempt.headers['webhook-id'] ?? '')?.[0] === attempt) facts.set(attempt, found);
  }
  const maxBodyBytes = options.maxBodyBytes ?? DELIVERY.limits.maxPayloadBytes;
  const bodySize = new Problems();
  checkBodySize(attempts, maxBodyBytes, bodySize);
  const signatures = new Problems();
  await checkSignatures(judged, options.secret, signatures);
  const retries = new Problems();
  checkRetriesIdentical(byId, retries);
  const spacing = new Problems().addAll(
    checkRetrySpacing(byId, { timeScale: options.timeScale, scheduleSeconds: options.scheduleSeconds ?? DELIVERY.retries.scheduleSeconds }),
  );
  const disable = new Problems();
  checkDisable(judged, disable);
  const sequences = new Problems().addAll(checkSequences(byId, (attempt) => facts.get(attempt)?.ordering));
  const check = (id: ContractCheck['id'], title: string, problems: Problems): ContractCheck => ({
    id,
    title,
    ok: problems.kept.length === 0,
    problems: problems.kept,
    problemsNotKept: problems.notKept,
  });
  const checks = [
    check('body-size', `every body is within the contract's ${maxBodyBytes} bytes`, bodySize),
    check('signatures', 'every attempt carries a valid, fresh signature', signatures),
    check('payloads', 'every payload is valid for its type (strict)', payloads),
    check('retries-identical', 'retries resend the same id and body with a new timestamp', retries),
    check('retry-spacing', `retries follow the schedule (time scale ${options.timeScale})`, spacing),
    check('disable-on-410', 'nothing arrives after a 410', disable),
    check('sequence-increases', 'sequence increases per resource, in the order changes happened', sequences),
    check('no-secrets', 'no secret-looking strings in any payload', secrets),
  ];
  const dropped = options.dropped ?? { attempts: 0, bytes: 0 };
  return { ok: checks.every((item) => item.ok), deliveries: byId.size, attempts: attempts.length, dropped, checks };
}

/** The report as lines for a terminal, each made safe to print. */
export function renderCaptureReport(report: CaptureReport): string {
  const lines = [`Producer contract: ${report.deliveries} deliveries, ${report.attempts} attempts`];
  if (report.dropped.attempts > 0) {
    lines.push(
      `  The ${report.dropped.attempts} oldest attempts (${report.dropped.bytes} bytes of bodies and headers) were dropped to stay within the endpoint's limits; the checks cover the ${report.attempts} kept. Raise --max-attempts to keep more.`,
    );
  }
  for (const item of report.checks) {
    lines.push(`${item.ok ? 'ok  ' : 'FAIL'}  ${item.id.padEnd(18)} ${item.title}`);
    for (const problem of item.problems.slice(0, 10)) lines.push(`        ${problem}`);
    const more = item.problems.length - Math.min(10, item.problems.length) + (item.problemsNotKept ?? 0);
    if (more > 0) lines.push(`        … and ${more} more`);
  }
  lines.push(report.ok ? 'The producer kept the contract.' : 'The producer broke the contract.');
  // Ids and problems quote the producer's bytes: text, never terminal control sequences.
  return lines.map(escapeForTerminal).join('\n');
}
