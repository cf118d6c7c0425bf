import type { SchemaViolation } from '../validation/check-event.js';

/**
 * Why a delivery (or a secret, key or payload) was rejected. These strings are part of the
 * public interface: receivers branch on them and the adapters answer them as `{ "code" }`.
 */
export type VerificationErrorCode =
  /** A signing header is absent. */
  | 'missing_header'
  /**
   * A header is not in the Standard Webhooks form: a timestamp that is not integer seconds, a
   * `webhook-signature` with no `version,base64` entry, or with more than
   * MAX_ENTRIES_PER_VERSION (5) entries of one version (refused before any is checked).
   */
  | 'malformed_header'
  /** The delivery is authentic but older than the tolerance. */
  | 'timestamp_too_old'
  /** The delivery is authentic but further in the future than the tolerance. */
  | 'timestamp_too_new'
  /**
   * No entry of a version this receiver checks matches. An entry that is not canonical,
   * padded, standard-alphabet base64 (base64url, missing padding, stray trailing bits)
   * matches nothing, on every runtime.
   */
  | 'no_matching_signature'
  /** A `whsec_` secret is missing, malformed, of the wrong size or longer than any secret (checked by length before decoding). */
  | 'invalid_secret'
  /** A `whpk_`/`whsk_` key is malformed, of the wrong size, longer than any key, or not an ed25519 key. */
  | 'invalid_key'
  /** The body is over the spec's limit; a string is refused by its length before it is measured. */
  | 'body_too_large'
  /** The body is authentic but not UTF-8 JSON. */
  | 'invalid_json'
  /** The body is authentic JSON but does not match the schema of its `type`. */
  | 'schema_violation'
  /** What was passed (or left on `req.body`) is not the raw body: a parsed object, or nothing because something read it first. */
  | 'raw_body_required';

/** Every code, for exhaustive tests and for other-language implementations reading the vectors. */
export const VERIFICATION_ERROR_CODES = [
  'missing_header',
  'malformed_header',
  'timestamp_too_old',
  'timestamp_too_new',
  'no_matching_signature',
  'invalid_secret',
  'invalid_key',
  'body_too_large',
  'invalid_json',
  'schema_violation',
  'raw_body_required',
] as const satisfies readonly VerificationErrorCode[];

/** The evidence an error carries. None of it is ever a secret or a key. */
export interface VerificationErrorDetails {
  /** The header at fault (`webhook-timestamp`, ...). */
  readonly header?: string;
  /** JSON pointer of the first schema violation (`/data/status`). */
  readonly path?: string;
  /** Every schema violation, for `schema_violation`. */
  readonly violations?: readonly SchemaViolation[];
  /** The delivery's timestamp minus the receiver's clock, in seconds, for the timestamp codes. */
  readonly skewSeconds?: number;
  /** The tolerance the timestamp was checked against, in seconds. */
  readonly toleranceSeconds?: number;
}

/**
 * The one error type of verification, signing and validation. `code` is stable; `message`
 * says what was wrong and the likely fix, prefixed with the package name.
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  readonly code: VerificationErrorCode;
  // Declared only, so each is an own property only when `details` gives it
  // (exactOptionalPropertyTypes keeps an explicit undefined out of `details`).
  declare readonly header?: string;
  declare readonly path?: string;
  declare readonly violations?: readonly SchemaViolation[];
  declare readonly skewSeconds?: number;
  declare readonly toleranceSeconds?: number;

  constructor(code: VerificationErrorCode, message: string, details: VerificationErrorDetails = {}) {
    super(`@woes/webhooks: ${message}`);
    this.code = code;
    Object.assign(this, details);
  }
}

/** Narrows an unknown error, for `catch (error)` blocks in receivers and adapters. */
export const isWebhookVerificationError = (error: unknown): error is WebhookVerificationError => error instanceof WebhookVerificationError;
