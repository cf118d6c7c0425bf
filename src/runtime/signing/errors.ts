import type { SchemaViolation } from '../validation/check-event.js';

/**
 * Why a delivery (or a secret, key or payload) was rejected. These strings are part of the
 * public interface: receivers branch on them and the adapters answer them as `{ "code" }`.
 */
export type VerificationErrorCode =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_secret'
  | 'invalid_key'
  | 'body_too_large'
  | 'invalid_json'
  | 'schema_violation'
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
  readonly header?: string;
  readonly path?: string;
  readonly violations?: readonly SchemaViolation[];
  readonly skewSeconds?: number;
  readonly toleranceSeconds?: number;

  constructor(code: VerificationErrorCode, message: string, details: VerificationErrorDetails = {}) {
    super(`@woes/webhooks: ${message}`);
    this.code = code;
    if (details.header !== undefined) this.header = details.header;
    if (details.path !== undefined) this.path = details.path;
    if (details.violations !== undefined) this.violations = details.violations;
    if (details.skewSeconds !== undefined) this.skewSeconds = details.skewSeconds;
    if (details.toleranceSeconds !== undefined) this.toleranceSeconds = details.toleranceSeconds;
  }
}

/** Narrows an unknown error, for `catch (error)` blocks in receivers and adapters. */
export const isWebhookVerificationError = (error: unknown): error is WebhookVerificationError => error instanceof WebhookVerificationError;
