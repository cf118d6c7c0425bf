import type { CryptoBackend, VerifyBackend } from './crypto-backend.js';
import { decodeBase64, decodeBase64Url, encodeBase64 } from './base64.js';
import { pkcs8FromSeed, spkiFromPublicKey } from './ed25519-der.js';
import { WebhookVerificationError } from './errors.js';
import { signedBytes } from './signed-content.js';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const copy = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** A key import that fails later (Web Crypto is async) surfaces as `invalid_key`, never unhandled. */
function importLater(load: () => Promise<CryptoKey>, what: string, fix: string): () => Promise<CryptoKey> {
  let pending: Promise<CryptoKey> | undefined;
  return () =>
    (pending ??= load().catch(() => {
      throw new WebhookVerificationError('invalid_key', `${what} was rejected by Web Crypto: ${fix}`);
    }));
}

const ED25519_FIX = 'check that it is a 32-byte ed25519 key, and that this runtime supports Ed25519 in crypto.subtle.';

/** Web Crypto primitives (`crypto.subtle`) for verifying, for runtimes without node:crypto. */
export function createWebVerifyBackend(): VerifyBackend {
  return {
    name: 'web',
    prepareHmac(key) {
      const raw = copy(key);
      const load = importLater(
        () => crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
        'the HMAC secret',
        'check that this runtime supports HMAC-SHA256 in crypto.subtle.',
      );
      return { digest: async (content) => new Uint8Array(await crypto.subtle.sign('HMAC', await load(), signedBytes(content))) };
    },
    prepareEd25519Public(publicKey) {
      const der = spkiFromPublicKey(publicKey);
      const load = importLater(() => crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']), 'the whpk_ public key', ED25519_FIX);
      return { verify: async (bytes, signature) => crypto.subtle.verify('Ed25519', await load(), copy(signature), bytes) };
    },
    decodeSignature: (text) => decodeBase64(text) ?? new Uint8Array(0),
    equal(a, b) {
      if (a.byteLength !== b.byteLength) return false;
      let difference = 0;
      for (let index = 0; index < a.byteLength; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
      return difference === 0;
    },
    utf8ByteLength: (text) => encoder.encode(text).byteLength,
    decodeUtf8(bytes) {
      try {
        return strictDecoder.decode(bytes);
      } catch {
        return undefined;
      }
    },
  };
}

/** Adds Web Crypto's signing half (ed25519 signing, key generation, base64 encoding) to a verify backend. */
export function withWebSigning(verifier: VerifyBackend): CryptoBackend {
  return {
    ...verifier,
    prepareEd25519Private(seed) {
      const der = pkcs8FromSeed(seed);
      const load = importLater(() => crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']), 'the whsk_ signing key', ED25519_FIX);
      return { sign: async (content) => new Uint8Array(await crypto.subtle.sign('Ed25519', await load(), signedBytes(content))) };
    },
    async generateEd25519() {
      const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
      const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
      const seed = decodeBase64Url(jwk.d ?? '');
      const publicKey = decodeBase64Url(jwk.x ?? '');
      if (!seed || !publicKey) throw new Error('@woes/webhooks: Web Crypto exported an ed25519 key without d or x');
      return { seed, publicKey };
    },
    encodeBase64,
  };
}

/** Both halves on Web Crypto. */
export const createWebBackend = (): CryptoBackend => withWebSigning(createWebVerifyBackend());
