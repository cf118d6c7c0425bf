/**
 * @woes/webhooks/verify: signature verification alone, for receivers who validate payloads
 * elsewhere (their own schemas, another language). No validators are bundled, so the result
 * is the parsed JSON as `unknown`: check it before trusting its shape, or use the main entry,
 * whose `Webhook` validates and types the event.
 *
 *   import { Webhook } from '@woes/webhooks/verify';
 *   const payload = await new Webhook(secret).verify(rawBody, request.headers); // unknown
 */
import { defaultVerifyBackend } from './signing/crypto-backend.js';
import { prepareVerification, type PublicKeyOptions, type VerifyOptions } from './signing/prepare-verifier.js';
import type { RawBody } from './signing/raw-body.js';
import type { HeaderBag } from './signing/read-headers.js';
import { verifyDelivery, type PreparedVerifier } from './signing/verifier.js';

export {
  VERIFICATION_ERROR_CODES,
  WebhookVerificationError,
  isWebhookVerificationError,
  type VerificationErrorCode,
  type VerificationErrorDetails,
} from './signing/errors.js';
export type { RawBody } from './signing/raw-body.js';
export type { HeaderBag } from './signing/read-headers.js';

/** What the verify-only `Webhook` checks: everything but the payload's schema. */
export type VerifyOnlyOptions = Omit<VerifyOptions, 'validation'> & PublicKeyOptions;

/**
 * Checks the signature (`v1` HMAC, `v1a` ed25519), the timestamp and that the body is JSON,
 * with the same errors as the main entry, and returns the parsed body unvalidated.
 */
export class Webhook {
  readonly #verifier: PreparedVerifier;

  /** A `whsec_…` secret, or several during a rotation (any one matching passes). */
  constructor(secretOrSecrets: string | readonly string[], options: VerifyOnlyOptions = {}) {
    this.#verifier = prepareVerification(secretOrSecrets, options, defaultVerifyBackend, undefined);
  }

  /** Verifies a delivery and returns its parsed JSON body, not validated against any schema. */
  verify(body: RawBody, headers: HeaderBag): Promise<unknown> {
    return verifyDelivery(this.#verifier, body, headers);
  }
}
