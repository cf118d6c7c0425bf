import { DELIVERY } from '../../../generated/catalog.js';

/** What one attempt means for the delivery (x-woes-retries). */
export type AttemptOutcome = 'delivered' | 'retry' | 'disabled';

export interface Classification {
  readonly outcome: AttemptOutcome;
  /** For 429/503 with `retry-after`: the wait the receiver asked for, capped by the spec. */
  readonly retryAfterSeconds?: number;
}

/** `retry-after` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : (Date.parse(trimmed) - nowMs) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(Math.max(0, seconds), DELIVERY.retries.retryAfterMaxSeconds);
}

/**
 * Success is any 2xx; 410 disables the endpoint; everything else, including a 3xx (never
 * followed), a timeout and a connection error, is a failure to retry.
 */
export function classifyResponse(input: { status: number | undefined; retryAfter?: string | null; nowMs?: number }): Classification {
  const { status } = input;
  if (status !== undefined && status >= 200 && status < 300) return { outcome: 'delivered' };
  if (status === DELIVERY.retries.disableStatus) return { outcome: 'disabled' };
  const honoursRetryAfter = status !== undefined && (DELIVERY.retries.retryAfterStatuses as readonly number[]).includes(status);
  const retryAfterSeconds = honoursRetryAfter ? parseRetryAfter(input.retryAfter, input.nowMs ?? Date.now()) : undefined;
  return retryAfterSeconds === undefined ? { outcome: 'retry' } : { outcome: 'retry', retryAfterSeconds };
}
