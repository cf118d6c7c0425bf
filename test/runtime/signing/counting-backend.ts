// A real crypto backend wrapped to count the work a verification does, so tests can bound
// that work by counting it instead of timing it.
import * as nodeCrypto from 'node:crypto';
import { Buffer } from 'node:buffer';
import type { CryptoBackend } from '../../../src/runtime/signing/crypto-backend.js';
import { createNodeBackend } from '../../../src/runtime/signing/node-backend.js';
import { createWebBackend } from '../../../src/runtime/signing/web-backend.js';

export interface Work {
  ed25519Verifications: number;
  hmacDigests: number;
  signatureDecodes: number;
  utf8Measurements: number;
  /** Every message an ed25519 verification was given, by identity. */
  readonly messages: Set<unknown>;
}

export function countingBackend(inner: CryptoBackend): { backend: CryptoBackend; work: Work } {
  const work: Work = { ed25519Verifications: 0, hmacDigests: 0, signatureDecodes: 0, utf8Measurements: 0, messages: new Set() };
  const backend: CryptoBackend = {
    ...inner,
    prepareHmac(key) {
      const signer = inner.prepareHmac(key);
      return { digest: (content) => (work.hmacDigests++, signer.digest(content)) };
    },
    prepareEd25519Public(publicKey) {
      const verifier = inner.prepareEd25519Public(publicKey);
      return {
        verify(message, signature) {
          work.ed25519Verifications++;
          work.messages.add(message);
          return verifier.verify(message, signature);
        },
      };
    },
    decodeSignature: (text) => (work.signatureDecodes++, inner.decodeSignature(text)),
    utf8ByteLength: (text) => (work.utf8Measurements++, inner.utf8ByteLength(text)),
  };
  return { backend, work };
}

/** Both real backends, built directly (not through the runtime detection), for tests that compare them. */
export const BACKENDS: readonly (readonly [string, CryptoBackend])[] = [
  ['node:crypto', createNodeBackend(nodeCrypto, Buffer)],
  ['Web Crypto', createWebBackend()],
];
