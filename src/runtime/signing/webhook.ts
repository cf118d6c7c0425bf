import { DELIVERY } from '../../../generated/catalog.js';
import type { WebhookEvent } from '../../../generated/types.js';
import { defaultBackend, type CryptoBackend } from './crypto-backend.js';
import { WebhookVerificationError } from './errors.js';
import { decodeKeys, requireSomeKey } from './keys.js';
import type { RawBody } from './raw-body.js';
import type { HeaderBag } from './read-headers.js';
import { verifyDelivery, type PreparedVerifier } from './verifier.js';

/** How a delivery is checked. Every default comes from the spec's x-woes-delivery block. */
export interface VerifyOptions {
  /** Accepted distance between `webhook-timestamp` and now, both ways. Default `DELIVERY.signing.toleranceSeconds`. */
  readonly toleranceSeconds?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
  /** Skip the timestamp check, to replay stored deliveries. Never the default. */
  readonly ignoreTimestamp?: boolean;
  /** Reject unknown types, fields and enum values: for producers' own tests, not receivers. */
  readonly strict?: boolean;
}

/** Keys for `v1a` (ed25519) signatures: `whpk_…`, one or a rotation list. */
export interface PublicKeyOptions {
  readonly publicKey?: string | readonly string[];
}

/** @internal Builds a verifier on a given crypto backend (tests run the vectors on both). */
export function prepareVerifier(
  secrets: string | readonly string[] | undefined,
  options: VerifyOptions & PublicKeyOptions,
  backend: CryptoBackend = defaultBackend,
): PreparedVerifier {
  const secretBytes = decodeKeys('secret', secrets);
  const publicKeyBytes = decodeKeys('public key', options.publicKey);
  requireSomeKey(secretBytes, publicKeyBytes, 'verify');
  const toleranceSeconds = options.toleranceSeconds ?? DELIVERY.signing.toleranceSeconds;
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new RangeError(`@woes/webhooks: toleranceSeconds must be a non-negative number of seconds, got ${toleranceSeconds}. To skip the check on purpose use { ignoreTimestamp: true }.`);
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
    mode: options.strict === true ? 'strict' : 'receiver',
  };
}

/**
 * A receiver's verifier: keys are decoded and imported once, at construction, so a bad
 * secret fails at startup and each delivery only hashes.
 *
 * ```ts
 * const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET!);
 * const event = await webhook.verify(rawBody, request.headers);
 * ```
 */
export class Webhook {
  readonly #verifier: PreparedVerifier;

  /** A `whsec_…` secret, or several during a rotation (any one matching passes). */
  constructor(secretOrSecrets: string | readonly string[], options: VerifyOptions & PublicKeyOptions = {}) {
    this.#verifier = prepareVerifier(secretOrSecrets, options);
  }

  /** Verifies a delivery and returns its event, validated against the schema of its `type`. */
  verify(body: RawBody, headers: HeaderBag): Promise<WebhookEvent> {
    return verifyDelivery(this.#verifier, body, headers);
  }
}
