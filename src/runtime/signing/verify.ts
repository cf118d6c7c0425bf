import type { ReceivedEvent } from '../../../generated/types.js';
import type { RawBody } from './raw-body.js';
import type { HeaderBag } from './read-headers.js';
import { verifyDelivery } from './verifier.js';
import { prepareVerifier, type PublicKeyOptions, type VerifyOptions } from './webhook.js';

/** Options of the one-shot `verify`: the keys and the checks. */
export type VerifyWithKeysOptions = VerifyOptions & PublicKeyOptions & { readonly secret?: string | readonly string[] };

/**
 * Verifies one delivery and returns its event. Prepares the keys on every call; a receiver
 * handling many deliveries keeps a `Webhook` instead.
 */
export async function verify(body: RawBody, headers: HeaderBag, options: VerifyWithKeysOptions): Promise<ReceivedEvent> {
  // JavaScript callers may omit the options: that is "no key", said as such, not a TypeError.
  const given: VerifyWithKeysOptions = options ?? {};
  return verifyDelivery(prepareVerifier(given.secret, given), body, headers);
}
