import { DELIVERY_IDEMPOTENCY_PAYLOAD_FIELD } from '../../../generated/catalog.js';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';
import type { WebhookEventMap, WebhookEventType } from '../../../generated/types.js';
import { sign, type SignedHeaders } from './sign.js';

/** Changes to an example: objects merge key by key, anything else (arrays too) replaces. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface TestDeliveryOptions<T extends WebhookEventType> {
  /** The endpoint's `whsec_…` secret (or several, as during a rotation). */
  readonly secret: string | readonly string[];
  /** Fields to change in the spec example, e.g. `{ data: { status: 'solved' } }`. */
  readonly overrides?: DeepPartial<WebhookEventMap[T]>;
  /** Unix seconds of the attempt. Default: now, so the delivery passes the tolerance check. */
  readonly timestamp?: number;
  /** Which example of the type, by name. Default: the first. */
  readonly example?: string;
}

/** A signed delivery exactly as Woes would send it: post `body` with `headers`. */
export interface TestDelivery<T extends WebhookEventType> {
  readonly body: string;
  readonly headers: SignedHeaders & { 'content-type': string };
  readonly payload: WebhookEventMap[T];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(base: unknown, overrides: unknown): unknown {
  if (!isObject(base) || !isObject(overrides)) return overrides === undefined ? base : overrides;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) merged[key] = merge(base[key], value);
  return merged;
}

/**
 * Builds a signed delivery from a spec example, for receivers' own unit tests:
 *
 * ```ts
 * const { body, headers } = await signedTestDelivery('conversation.resolved', { secret: TEST_SECRET });
 * const response = await app.request('/webhooks/woes', { method: 'POST', body, headers });
 * ```
 * The `webhook-id` is the payload's `id`, as in real deliveries (DELIVERY.idempotency).
 */
export async function signedTestDelivery<T extends WebhookEventType>(type: T, options: TestDeliveryOptions<T>): Promise<TestDelivery<T>> {
  const examples = EVENT_EXAMPLES[type] as readonly { readonly name: string; readonly payload: WebhookEventMap[T] }[];
  const example = options.example === undefined ? examples[0] : examples.find((candidate) => candidate.name === options.example);
  if (!example) {
    throw new RangeError(
      `@woes/webhooks: no example "${String(options.example)}" for ${type}; the spec has ${examples.map((candidate) => `"${candidate.name}"`).join(', ')}.`,
    );
  }
  const payload = merge(structuredClone(example.payload), options.overrides) as WebhookEventMap[T];
  const body = JSON.stringify(payload);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const id = String((payload as unknown as Record<string, unknown>)[DELIVERY_IDEMPOTENCY_PAYLOAD_FIELD]);
  const headers = await sign({ id, timestamp, body, secret: options.secret });
  return { body, headers: { ...headers, 'content-type': 'application/json' }, payload };
}
