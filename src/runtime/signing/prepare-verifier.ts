import { DELIVERY_SIGNING_TOLERANCE_SECONDS } from '../../../generated/catalog.js';
import type { ReceivedEvent } from '../../../generated/types.js';
import type { EventValidation } from '../validation/event-check.js';
import type { VerifyBackend } from './crypto-backend.js';
import { WebhookVerificationError } from './errors.js';
import { decodeKeys, requireSomeKey } from './keys.js';
import type { PreparedVerifier } from './verifier.js';

/** How a delivery is checked. Every default comes from the spec's x-woes-delivery block. */
export interface VerifyOptions {
  /** Accepted distance between `webhook-timestamp` and now, both ways. Default `DELIVERY.signing.toleranceSeconds`. */
  readonly toleranceSeconds?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
  /** Skip the timestamp check, to replay stored deliveries. Never the default. */
  readonly ignoreTimestamp?: boolean;
  /**
   * How the payload is validated. Default receiver mode (unknown types, fields and enum values
   * pass). Producers' own tests pass `strictValidation` from `@woes/webhooks/strict`.
   */
  readonly validation?: EventValidation;
}

/** Keys for `v1a` (ed25519) signatures: `whpk_…`, one or a rotation list. */
export interface PublicKeyOptions {
  readonly publicKey?: string | readonly string[];
}

/**
 * Decodes and imports the keys once and resolves the options. Knows nothing of validators:
 * the caller passes the validating function, so the verify-only entry bundles none.
 */
export function prepareVerification(
  secrets: string | readonly string[] | undefined,
  options: Omit<VerifyOptions, 'validation'> & PublicKeyOptions,
  backend: VerifyBackend,
  validate: ((value: unknown) => ReceivedEvent) | undefined,
): PreparedVerifier {
  const secretBytes = decodeKeys('secret', secrets);
  const publicKeyBytes = decodeKeys('public key', options.publicKey);
  requireSomeKey(secretBytes, publicKeyBytes, 'verify');
  const toleranceSeconds = options.toleranceSeconds ?? DELIVERY_SIGNING_TOLERANCE_SECONDS;
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new RangeError(`@woes/webhooks: toleranceSeconds must be seconds >= 0, got ${toleranceSeconds}; to skip the check, use { ignoreTimestamp: true }.`);
  }
  let publicKeys;
  try {
    publicKeys = publicKeyBytes.map((key) => backend.prepareEd25519Public(key));
  } catch {
    throw new WebhookVerificationError('invalid_key', 'a whpk_ public key is not a valid ed25519 point. Copy it again, or make a pair with generateKeyPair().');
  }
  return {
    backend,
    hmacKeys: secretBytes.map((key) => backend.prepareHmac(key)),
    publicKeys,
    toleranceSeconds,
    now: options.now ?? Date.now,
    ignoreTimestamp: options.ignoreTimestamp === true,
    validate,
  };
}
