import { platformBackend, platformVerifyBackend } from './platform-backend.js';
import { createWebBackend } from './web-backend.js';

/**
 * What is signed: `${id}.${timestamp}.` (the prefix) followed by the body's exact bytes.
 * Kept in two parts so a Buffer body is never copied into a string.
 */
export interface SignedContent {
  readonly prefix: string;
  readonly body: string | Uint8Array;
}

/** An HMAC-SHA256 key prepared once per secret. */
export interface HmacSigner {
  digest(content: SignedContent): Uint8Array | Promise<Uint8Array>;
}

/** An ed25519 public key prepared once. */
export interface Ed25519Verifier {
  /** `signedBytes` is the whole signed content, built once per delivery (see signed-content.ts), not per entry or key. */
  verify(signedBytes: Uint8Array<ArrayBuffer>, signature: Uint8Array): boolean | Promise<boolean>;
}

/** An ed25519 private key prepared once. */
export interface Ed25519Signer {
  sign(content: SignedContent): Promise<Uint8Array>;
}

/**
 * The primitives verification needs, from `node:crypto` where it exists (Node, Deno, Bun) and
 * from Web Crypto elsewhere (Workers without node compat, browsers). Preparing a key is
 * synchronous so `new Webhook(secret)` can reject a bad key at once; Web Crypto's async
 * import happens on first use. Signing and key generation are a separate half
 * (`CryptoBackend`), so a receiver's bundle carries none of them.
 */
export interface VerifyBackend {
  readonly name: 'node' | 'web';
  prepareHmac(key: Uint8Array): HmacSigner;
  prepareEd25519Public(publicKey: Uint8Array): Ed25519Verifier;
  /** Decodes a received signature: canonical base64 only (`isCanonicalBase64`), else an empty array. */
  decodeSignature(text: string): Uint8Array;
  /** Constant-time equality of two byte strings of any length. */
  equal(a: Uint8Array, b: Uint8Array): boolean;
  utf8ByteLength(text: string): number;
  /** Decodes UTF-8, `undefined` when the bytes are not valid UTF-8. */
  decodeUtf8(bytes: Uint8Array): string | undefined;
}

/** Verification plus what producers need: ed25519 signing, key generation, base64 encoding. */
export interface CryptoBackend extends VerifyBackend {
  prepareEd25519Private(seed: Uint8Array): Ed25519Signer;
  generateEd25519(): Promise<{ seed: Uint8Array; publicKey: Uint8Array }>;
  encodeBase64(bytes: Uint8Array): string;
}

/** The web backend, always available; exported so tests can run the vectors through it on Node. */
export const webBackend: CryptoBackend = /* @__PURE__ */ createWebBackend();

/**
 * The backend this runtime uses. Which one is decided when the package is resolved, not by
 * probing at import time: `platform-backend.ts` is node:crypto, and the package build puts
 * `platform-backend.web.ts` in its place in the trees the `browser`/`worker`/`default`
 * export conditions select (scripts/build-package.mjs). Nothing here awaits at top level, so
 * `require()` loads the package too.
 */
export const defaultBackend: CryptoBackend = platformBackend;

/** The verifying half of `defaultBackend`, all that `Webhook` and `verify` import. */
export const defaultVerifyBackend: VerifyBackend = platformVerifyBackend;
