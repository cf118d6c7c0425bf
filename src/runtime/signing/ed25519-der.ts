// DER headers that wrap a raw ed25519 key as PKCS#8 (private, RFC 8410 §7) and SPKI
// (public, RFC 8410 §4), so 32-byte whsk_/whpk_ keys import into node:crypto and Web
// Crypto alike without needing the other half of the pair.
import { concatBytes } from './concat-bytes.js';

const PKCS8_PREFIX = Uint8Array.of(0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20);
const SPKI_PREFIX = Uint8Array.of(0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00);

/** A 32-byte ed25519 seed as a PKCS#8 DER document. */
export const pkcs8FromSeed = (seed: Uint8Array): Uint8Array<ArrayBuffer> => concatBytes(PKCS8_PREFIX, seed);

/** A 32-byte ed25519 public key as an SPKI DER document. */
export const spkiFromPublicKey = (publicKey: Uint8Array): Uint8Array<ArrayBuffer> => concatBytes(SPKI_PREFIX, publicKey);
