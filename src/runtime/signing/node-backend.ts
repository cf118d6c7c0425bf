import type { Buffer as NodeBuffer } from 'node:buffer';
import type * as NodeCrypto from 'node:crypto';
import type { CryptoBackend, VerifyBackend } from './crypto-backend.js';
import { isCanonicalBase64 } from './base64.js';
import { pkcs8FromSeed, spkiFromPublicKey } from './ed25519-der.js';
import { signedBytes } from './signed-content.js';

/** node:crypto primitives for verifying: HMAC via a cached KeyObject, Buffer for base64 and UTF-8. */
export function createNodeVerifyBackend(crypto: typeof NodeCrypto, Buffer: typeof NodeBuffer): VerifyBackend {
  return {
    name: 'node',
    prepareHmac(key) {
      const keyObject = crypto.createSecretKey(key);
      return {
        digest(content) {
          // Prefix and body in two updates: hashing `prefix + body` would first flatten the
          // concatenation, copying the whole body into a new string (for an 8 KB body of
          // non-Latin-1 text, 16 KB per delivery, and a tenth of the verification's time).
          const hmac = crypto.createHmac('sha256', keyObject).update(content.prefix, 'utf8');
          return (typeof content.body === 'string' ? hmac.update(content.body, 'utf8') : hmac.update(content.body)).digest();
        },
      };
    },
    prepareEd25519Public(publicKey) {
      const keyObject = crypto.createPublicKey({ key: Buffer.from(spkiFromPublicKey(publicKey).buffer), format: 'der', type: 'spki' });
      return { verify: (signedBytes, signature) => crypto.verify(null, signedBytes, keyObject, signature) };
    },
    // Buffer alone would take base64url, missing padding and stray trailing bits: check first.
    decodeSignature: (text) => (isCanonicalBase64(text) ? Buffer.from(text, 'base64') : new Uint8Array(0)),
    equal: (a, b) => a.byteLength === b.byteLength && crypto.timingSafeEqual(a, b),
    utf8ByteLength: (text) => Buffer.byteLength(text, 'utf8'),
    decodeUtf8(bytes) {
      // Buffer's decoder replaces bad sequences silently; only a non-ASCII body pays for the check.
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      return text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes) ? undefined : text;
    },
  };
}

/** Adds node:crypto's signing half (ed25519 signing, key generation, base64 encoding) to a verify backend. */
export function withNodeSigning(verifier: VerifyBackend, crypto: typeof NodeCrypto, Buffer: typeof NodeBuffer): CryptoBackend {
  return {
    ...verifier,
    prepareEd25519Private(seed) {
      const keyObject = crypto.createPrivateKey({ key: Buffer.from(pkcs8FromSeed(seed).buffer), format: 'der', type: 'pkcs8' });
      return { sign: (content) => Promise.resolve(crypto.sign(null, signedBytes(content), keyObject)) };
    },
    async generateEd25519() {
      const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
      const jwk = privateKey.export({ format: 'jwk' });
      return { seed: Buffer.from(jwk.d ?? '', 'base64url'), publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url') };
    },
    encodeBase64: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/** Both halves on node:crypto. */
export const createNodeBackend = (crypto: typeof NodeCrypto, Buffer: typeof NodeBuffer): CryptoBackend =>
  withNodeSigning(createNodeVerifyBackend(crypto, Buffer), crypto, Buffer);
