import { DELIVERY_LIMITS_MAX_PAYLOAD_BYTES } from '../../../generated/catalog.js';
import { RAW_BODY_HELP, type RawBody } from '../signing/raw-body.js';
import { readDeliveryHeaders, type HeaderBag } from '../signing/read-headers.js';
import { WebhookVerificationError } from '../signing/errors.js';
import { Webhook } from '../signing/webhook.js';
import { WebhookAdapterError } from './adapter-error.js';
import type { AdapterOptions } from './adapter-options.js';
import { STATUS_FOR_ADAPTER_CODE, STATUS_FOR_CODE, SUCCESS_STATUS, type AdapterCode } from './response-status.js';

/** What an adapter writes back (status, and `{ "code" }` on failure) and, for its logs, the error. */
export interface AdapterReply {
  readonly status: number;
  readonly code?: string;
  readonly error?: unknown;
}

export const reply = (status: number, code?: AdapterCode | string, error?: unknown): AdapterReply => ({
  status,
  ...(code === undefined ? {} : { code }),
  ...(error === undefined ? {} : { error }),
});

/** The framework-neutral core of both adapters: verify, call `onEvent`, map errors to replies. */
export function createDeliveryHandler(options: AdapterOptions): (body: RawBody, headers: HeaderBag) => Promise<AdapterReply> {
  // Keys are decoded now, so a bad secret fails when the server starts, not on the first delivery.
  const webhook = new Webhook(options.secret ?? [], options);
  return async (body, headers) => {
    let event;
    try {
      event = await webhook.verify(body, headers);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) return reply(STATUS_FOR_ADAPTER_CODE.handler_failed, 'handler_failed', error);
      return reply(STATUS_FOR_CODE[error.code], error.code, error);
    }
    try {
      const delivered = readDeliveryHeaders(headers);
      await options.onEvent(event, { id: delivered.id, timestamp: Number(delivered.timestamp) });
    } catch (error) {
      return reply(STATUS_FOR_ADAPTER_CODE.handler_failed, 'handler_failed', error);
    }
    return reply(SUCCESS_STATUS);
  };
}

/** Content-Length above the spec's limit: answer 413 without reading the body. */
export function declaredTooLarge(contentLength: string | null | undefined): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > DELIVERY_LIMITS_MAX_PAYLOAD_BYTES;
}

/** The 413 reply, before any byte is hashed. */
export const tooLarge = (): AdapterReply =>
  reply(
    STATUS_FOR_CODE.body_too_large,
    'body_too_large',
    new WebhookVerificationError(
      'body_too_large',
      `the request body is over ${DELIVERY_LIMITS_MAX_PAYLOAD_BYTES} bytes, the most Woes sends. Rejected before reading it.`,
    ),
  );

/** A reply for an adapter code, with its documented status. */
export const adapterReply = (code: AdapterCode, error?: unknown): AdapterReply => reply(STATUS_FOR_ADAPTER_CODE[code], code, error);

/** The 408 reply when the body did not arrive within `readTimeoutMs`. */
export const bodyTimeout = (timeoutMs: number): AdapterReply =>
  adapterReply(
    'body_timeout',
    new WebhookAdapterError(
      'body_timeout',
      `the request body did not arrive whole within ${timeoutMs} ms (readTimeoutMs); stopped reading. A sender that stalls, or raise readTimeoutMs for a slow network.`,
    ),
  );

/** The 400 reply when the body stream failed while being read. */
export const bodyUnreadable = (cause: unknown): AdapterReply =>
  adapterReply(
    'body_unreadable',
    new WebhookAdapterError('body_unreadable', 'the request body stream failed while being read (the sender aborted, or the stream errored); see `cause`.', {
      cause,
    }),
  );

/** The 500 reply when something read the body before the adapter and left no raw body for it. */
export const bodyAlreadyRead = (what: string): AdapterReply =>
  reply(
    STATUS_FOR_CODE.raw_body_required,
    'raw_body_required',
    new WebhookVerificationError(
      'raw_body_required',
      `${what}, so the raw body is gone and the signature cannot be checked. Mount the webhook route before anything that reads bodies, or leave the raw bytes for it. ${RAW_BODY_HELP}`,
    ),
  );
