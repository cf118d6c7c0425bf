import type { ReceivedEvent } from '../../../generated/types.js';
import { receiverValidation } from '../validation/check-receiver.js';
import { defaultVerifyBackend, type VerifyBackend } from './crypto-backend.js';
import { prepareVerification, type PublicKeyOptions, type VerifyOptions } from './prepare-verifier.js';
import type { RawBody } from './raw-body.js';
import { validateWith } from './validate-event.js';
import { strictMoved } from './validate-event-strict-moved.js';
import type { HeaderBag } from './read-headers.js';
import { verifyDelivery, type PreparedVerifier } from './verifier.js';

export type { PublicKeyOptions, VerifyOptions } from './prepare-verifier.js';

/** @internal Builds a verifier on a given crypto backend (tests run the vectors on both). */
export function prepareVerifier(
  secrets: string | readonly string[] | undefined,
  options: VerifyOptions & PublicKeyOptions,
  backend: VerifyBackend = defaultVerifyBackend,
): PreparedVerifier {
  if ((options as { strict?: unknown }).strict === true)
    throw strictMoved('the option { strict: true }', "pass { validation: strictValidation } (import { strictValidation } from '@woes/webhooks/strict')");
  const validation = options.validation ?? receiverValidation;
  return prepareVerification(secrets, options, backend, (value) => validateWith(validation, value));
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

  /** Verifies a delivery and returns its event, validated against the schema of its `type`: a known event, or an `UnknownEvent` of a type added after this version (answer 2xx and ignore it). */
  verify(body: RawBody, headers: HeaderBag): Promise<ReceivedEvent> {
    return verifyDelivery(this.#verifier, body, headers);
  }
}
