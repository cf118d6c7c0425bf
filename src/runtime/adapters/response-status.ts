import type { VerificationErrorCode } from '../signing/errors.js';

/**
 * The HTTP status an adapter answers for each failure. The body is only `{ "code": … }`:
 * a caller learns which check failed, never why a signature did not match.
 *
 * - 401: the delivery is not proven to come from Woes (headers, signature, timestamp).
 * - 413: the body is over the spec's size limit (rejected before hashing).
 * - 400: authentic, but not a valid event (JSON or schema).
 * - 500: the receiver is misconfigured (secret, key, or something read the body first); Woes
 *        retries, so fixing the configuration recovers the deliveries.
 */
export const STATUS_FOR_CODE: { readonly [C in VerificationErrorCode]: number } = {
  missing_header: 401,
  malformed_header: 401,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
  no_matching_signature: 401,
  body_too_large: 413,
  invalid_json: 400,
  schema_violation: 400,
  invalid_secret: 500,
  invalid_key: 500,
  raw_body_required: 500,
};

/** Codes the adapters add for what happens outside verification. */
export type AdapterCode = 'method_not_allowed' | 'handler_failed' | 'body_timeout' | 'body_unreadable';

/**
 * The status of each adapter code, answered with `{ "code" }` like the verification codes.
 *
 * - 405 `method_not_allowed`: not a POST.
 * - 500 `handler_failed`: `onEvent` threw or rejected (Woes retries).
 * - 408 `body_timeout`: the body did not arrive whole within `readTimeoutMs`.
 * - 400 `body_unreadable`: the body stream failed while being read (the sender aborted, or
 *   the runtime's stream errored).
 */
export const STATUS_FOR_ADAPTER_CODE: { readonly [C in AdapterCode]: number } = {
  method_not_allowed: 405,
  handler_failed: 500,
  body_timeout: 408,
  body_unreadable: 400,
};

/** Success: 204, nothing to read. */
export const SUCCESS_STATUS = 204;
