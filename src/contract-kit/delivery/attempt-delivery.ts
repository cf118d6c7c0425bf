import { sign } from '../../runtime/index.js';
import { httpExchange } from '../http-exchange.js';
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
  // At most 4000 bytes of the answer are read: a receiver streaming gigabytes back costs that much.
  const result = await httpExchange({
    url: input.url,
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'user-agent': input.userAgent ?? 'Woes-Webhooks/reference-client' },
    body: input.body,
    timeoutMs: input.timeoutMs,
    maxResponseBytes: 4000,
  });
  const endedAt = now();
  if (result.kind === 'no-answer') return { status: undefined, outcome: 'retry', startedAt, endedAt, ms: result.ms, responseBody: '', error: result.reason };
  // An answer the connection broke in the middle of is a failed attempt, whatever its status.
  if (result.brokenAfterStatus !== undefined) {
    return {
      status: result.status,
      outcome: 'retry',
      startedAt,
      endedAt,
      ms: result.ms,
      responseBody: result.body,
      error: `the response broke off (${result.brokenAfterStatus})`,
    };
  }
  const classification = classifyResponse({ status: result.status, retryAfter: result.retryAfter ?? null, nowMs: endedAt });
  return { status: result.status, ...classification, startedAt, endedAt, ms: result.ms, responseBody: result.body };
}
