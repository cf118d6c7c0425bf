import type { ReceivedEvent } from '../../../generated/types.js';
import type { PublicKeyOptions, VerifyOptions } from '../signing/webhook.js';

/** The delivery an event came in, for logging and idempotency (`id` is the `webhook-id`). */
export interface DeliveryInfo {
  readonly id: string;
  readonly timestamp: number;
}

/**
 * The default `readTimeoutMs`. A delivery body is at most 64 KiB and Woes sends it at once,
 * so reading it takes milliseconds; 10 s leaves room for slow networks and still answers
 * before Woes' 15 s attempt timeout, instead of holding a connection for a sender that stalls.
 */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/** What both adapters take: the keys, the checks, and what to do with a verified event. */
export interface AdapterOptions extends VerifyOptions, PublicKeyOptions {
  /** `whsec_…`, or several during a rotation. Omit when verifying only `v1a` with `publicKey`. */
  readonly secret?: string | readonly string[];
  /**
   * Called once per verified event; a returned promise is awaited. The adapter answers 2xx
   * when it returns or resolves, 500 when it throws or rejects (Woes retries).
   */
  readonly onEvent: (event: ReceivedEvent, delivery: DeliveryInfo) => unknown;
  /**
   * Told about every failure with the full error (the response only carries its code).
   * Default: `console.error` for handler failures and misconfiguration (5xx), silence for
   * rejected deliveries (4xx), which anyone on the internet can cause.
   */
  readonly onError?: (error: unknown, status: number) => void;
  /**
   * How long reading the request body may take, in milliseconds, from the moment the adapter
   * starts reading it. Past it the adapter answers 408 `{ "code": "body_timeout" }` and stops
   * reading (a stalled or endless body never holds the request open). Default 10 000
   * (`DEFAULT_READ_TIMEOUT_MS`). Does not limit `onEvent`.
   */
  readonly readTimeoutMs?: number;
}

export function reportError(options: AdapterOptions, error: unknown, status: number): void {
  if (!options.onError) {
    if (status >= 500) console.error(error);
    return;
  }
  // A throwing onError must not cost the sender its answer.
  try {
    options.onError(error, status);
  } catch (onErrorFailure) {
    console.error(onErrorFailure);
  }
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** `readTimeoutMs`, checked when the adapter is created so a typo fails at startup. */
export function readTimeoutOf(options: AdapterOptions): number {
  const timeout = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  // Timers take at most 2^31 - 1 ms; a longer one would fire at once.
  if (typeof timeout !== 'number' || !(timeout > 0 && timeout <= MAX_TIMER_MS)) {
    throw new RangeError(
      `@woes/webhooks: readTimeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}, got ${String(timeout)}. Omit it for the default of ${DEFAULT_READ_TIMEOUT_MS}.`,
    );
  }
  return timeout;
}
