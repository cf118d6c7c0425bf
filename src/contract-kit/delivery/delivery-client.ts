import { DELIVERY } from '../../../generated/catalog.js';
import { attemptDelivery, type AttemptRecord } from './attempt-delivery.js';
import { scaledAttemptTimeoutMs } from './scaled-timing.js';

export interface DeliverOptions {
  readonly url: string;
  readonly secret: string | readonly string[];
  /** The event to deliver; its `id` is the `webhook-id`. */
  readonly event: { readonly id: string } & Record<string, unknown>;
  /** Seconds to wait before each attempt, from the end of the previous one. Default: the spec's. */
  readonly scheduleSeconds?: readonly number[];
  /** Multiplies every wait and the attempt timeout: 0.001 turns 27 hours into 100 s, for tests. */
  readonly timeScale?: number;
  /** Per attempt; default the spec's attempt timeout, scaled (never under 500 ms). */
  readonly attemptTimeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called after each attempt, for logs and dashboards. */
  readonly onAttempt?: (attempt: AttemptRecord, index: number) => void;
}

/** Where a delivery ended: the spec's terminal states. */
export type DeliveryState = 'delivered' | 'failed' | 'disabled';

export interface DeliveryResult {
  readonly state: DeliveryState;
  readonly attempts: readonly AttemptRecord[];
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The reference delivery client (x-woes-retries): sign, POST, classify, wait the scheduled
 * time (or longer when a 429/503 asks with retry-after), and stop at the terminal state.
 * The same id and body go out on every attempt; only the timestamp and signature change.
 */
export async function deliver(options: DeliverOptions): Promise<DeliveryResult> {
  const schedule = options.scheduleSeconds ?? DELIVERY.retries.scheduleSeconds;
  const scale = options.timeScale ?? 1;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.attemptTimeoutMs ?? scaledAttemptTimeoutMs(scale);
  const body = JSON.stringify(options.event);
  const attempts: AttemptRecord[] = [];
  let retryAfterSeconds: number | undefined;
  for (const [index, waitSeconds] of schedule.entries()) {
    const wait = Math.max(waitSeconds, retryAfterSeconds ?? 0) * 1000 * scale;
    if (wait > 0) await sleep(wait);
    const attempt = await attemptDelivery({ url: options.url, secret: options.secret, webhookId: options.event.id, body, timeoutMs });
    attempts.push(attempt);
    options.onAttempt?.(attempt, index);
    if (attempt.outcome === 'delivered') return { state: 'delivered', attempts };
    if (attempt.outcome === 'disabled') return { state: 'disabled', attempts };
    retryAfterSeconds = attempt.retryAfterSeconds;
  }
  return { state: DELIVERY.retries.terminalState, attempts };
}
