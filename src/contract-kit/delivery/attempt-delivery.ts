import { sign } from '../../runtime/index.js';
import { networkCause } from '../contract-error.js';
import { classifyResponse, type AttemptOutcome } from './classify-response.js';

export interface AttemptInput {
  readonly url: string;
  /** `whsec_…`; several during a rotation. */
  readonly secret: string | readonly string[];
  readonly webhookId: string;
  /** The exact body, the same on every attempt. */
  readonly body: string;
  readonly timeoutMs: number;
  /** Unix ms; `Date.now` by default. */
  readonly now?: () => number;
  readonly userAgent?: string;
}

/** One attempt, as the producer saw it. */
export interface AttemptRecord {
  readonly status: number | undefined;
  readonly outcome: AttemptOutcome;
  readonly retryAfterSeconds?: number;
  /** Unix ms when the request started and when the attempt ended (answer, timeout or error). */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ms: number;
  readonly responseBody: string;
  /** Set when there was no HTTP answer. */
  readonly error?: string;
}

/**
 * Signs (a fresh timestamp every attempt, as the spec requires), POSTs without following
 * redirects, and classifies the answer.
 */
export async function attemptDelivery(input: AttemptInput): Promise<AttemptRecord> {
  const now = input.now ?? Date.now;
  const startedAt = now();
  const headers = await sign({ id: input.webhookId, timestamp: Math.floor(startedAt / 1000), body: input.body, secret: input.secret });
  const start = performance.now();
  try {
    const response = await fetch(input.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': input.userAgent ?? 'Woes-Webhooks/reference-client' },
      body: input.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs),
    });
    const responseBody = (await response.text()).slice(0, 4000);
    const endedAt = now();
    const classification = classifyResponse({ status: response.status, retryAfter: response.headers.get('retry-after'), nowMs: endedAt });
    return { status: response.status, ...classification, startedAt, endedAt, ms: performance.now() - start, responseBody };
  } catch (error) {
    const cause = networkCause(error);
    const endedAt = now();
    return { status: undefined, outcome: 'retry', startedAt, endedAt, ms: performance.now() - start, responseBody: '', error: cause === 'timed out' ? `timed out after ${input.timeoutMs} ms` : cause };
  }
}
