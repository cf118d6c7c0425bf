import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import { encodeBase64 } from './base64.js';
import { defaultBackend } from './crypto-backend.js';

const { secretPrefix, secretMinBytes, secretMaxBytes } = DELIVERY_SIGNING_SYMMETRIC;
const { signingKeyPrefix, publicKeyPrefix } = DELIVERY_SIGNING_ASYMMETRIC;
const DEFAULT_SECRET_BYTES = 32;

/** A new `whsec_` secret of `bytes` random bytes (default 32; the spec allows 24–64). */
export function generateSecret(bytes: number = DEFAULT_SECRET_BYTES): string {
  if (!Number.isInteger(bytes) || bytes < secretMinBytes || bytes > secretMaxBytes) {
    throw new RangeError(
      `@woes/webhooks: a ${secretPrefix} secret holds ${secretMinBytes}–${secretMaxBytes} random bytes, got ${bytes}. Call generateSecret() for the default of ${DEFAULT_SECRET_BYTES}.`,
    );
  }
  return secretPrefix + encodeBase64(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A new ed25519 pair: `whsk_` (signs, stays with the producer) and `whpk_` (verifies, given to receivers). */
export async function generateKeyPair(): Promise<{ signingKey: string; publicKey: string }> {
  const { seed, publicKey } = await defaultBackend.generateEd25519();
  return { signingKey: signingKeyPrefix + encodeBase64(seed), publicKey: publicKeyPrefix + encodeBase64(publicKey) };
}
