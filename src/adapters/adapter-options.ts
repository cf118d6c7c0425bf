import type { ReceivedEvent } from '../../generated/types.js';
import type { PublicKeyOptions, VerifyOptions } from '../signing/webhook.js';

/** The delivery an event came in, for logging and idempotency (`id` is the `webhook-id`). */
export interface DeliveryInfo {
  readonly id: string;
  readonly timestamp: number;
}

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
}

export function reportError(options: AdapterOptions, error: unknown, status: number): void {
  if (options.onError) options.onError(error, status);
  else if (status >= 500) console.error(error);
}
