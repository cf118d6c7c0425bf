import { shownId } from './attempt-label.js';
import type { CapturedAttempt } from './captured-attempt.js';

/**
 * How far a measured wait may stray from the scaled schedule: timers and the event loop are not
 * exact, least of all on a loaded CI machine. Early is judged tightly (waiting too little is the
 * bug that hammers a failing endpoint); late gets more room.
 */
const EARLY_SLACK_MS = 150;
const LATE_SLACK_MS = 1000;

/**
 * `scheduleSeconds[i]` is the wait before attempt i + 1, counted from the end of attempt i
 * (x-woes-retries). A 429/503 with retry-after may push it later, never earlier.
 */
export function checkRetrySpacing(
  byId: ReadonlyMap<string, readonly CapturedAttempt[]>,
  options: { timeScale: number; scheduleSeconds: readonly number[] },
): string[] {
  const problems: string[] = [];
  for (const [id, attempts] of byId) {
    const shown = shownId(id);
    if (attempts.length > options.scheduleSeconds.length)
      problems.push(`${shown}: ${attempts.length} attempts; the schedule allows ${options.scheduleSeconds.length}`);
    for (let index = 1; index < attempts.length; index++) {
      const previous = attempts[index - 1];
      const current = attempts[index];
      const scheduled = options.scheduleSeconds[index];
      if (!previous || !current || scheduled === undefined) continue;
      const expected = Math.max(scheduled, previous.retryAfterSeconds ?? 0) * 1000 * options.timeScale;
      const waited = current.receivedAt - previous.endedAt;
      const tooLate = previous.retryAfterSeconds === undefined && waited > expected * 1.5 + LATE_SLACK_MS;
      if (waited < expected * 0.9 - EARLY_SLACK_MS)
        problems.push(
          `${shown} attempt ${index + 1}: came ${Math.round(waited)} ms after attempt ${index} ended; the schedule says ${Math.round(expected)} ms`,
        );
      else if (tooLate)
        problems.push(
          `${shown} attempt ${index + 1}: came ${Math.round(waited)} ms after attempt ${index} ended; the schedule says ${Math.round(expected)} ms`,
        );
    }
  }
  return problems;
}

function parseOrUndefined(attempt: CapturedAttempt): unknown {
  try {
    return JSON.parse(attempt.body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Within one resource, distinct events carry distinct sequence numbers that increase with
 * `occurredAt` (x-woes-ordering). Arrival order is not checked: delivery is unordered.
 */
export function checkSequences(
  byId: ReadonlyMap<string, readonly CapturedAttempt[]>,
  decode: (attempt: CapturedAttempt) => unknown = parseOrUndefined,
): string[] {
  const perResource = new Map<string, { id: string; sequence: number; occurredAt: string }[]>();
  for (const [id, attempts] of byId) {
    const first = attempts[0];
    if (!first) continue;
    const value = decode(first);
    if (value === null || typeof value !== 'object') continue;
    const event = value as { resource?: unknown; sequence?: unknown; occurredAt?: unknown };
    if (typeof event.sequence !== 'number' || event.resource === null || typeof event.resource !== 'object') continue;
    const resource = event.resource as { object?: unknown; id?: unknown };
    const key = `${String(resource.object)} ${String(resource.id)}`;
    const entry = { id: shownId(id), sequence: event.sequence, occurredAt: String(event.occurredAt) };
    const list = perResource.get(key);
    // Pushed, not copied: one resource with many events must stay linear.
    if (list) list.push(entry);
    else perResource.set(key, [entry]);
  }
  const problems: string[] = [];
  for (const [resource, events] of perResource) {
    const sorted = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.sequence - b.sequence);
    for (let index = 1; index < sorted.length; index++) {
      const before = sorted[index - 1];
      const after = sorted[index];
      if (before && after && after.sequence <= before.sequence) {
        problems.push(`${shownId(resource)}: event ${after.id} (sequence ${after.sequence}) does not come after ${before.id} (sequence ${before.sequence})`);
      }
    }
  }
  return problems;
}
