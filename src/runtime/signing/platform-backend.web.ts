// Web Crypto, for runtimes without node:crypto (Workers, browsers): the `browser`, `worker`
// and `default` export conditions select the build tree where this file replaces
// platform-backend.ts (scripts/build-package.mjs).
import type { CryptoBackend, VerifyBackend } from './crypto-backend.js';
import { createWebVerifyBackend, withWebSigning } from './web-backend.js';

export const platformVerifyBackend: VerifyBackend = /* @__PURE__ */ createWebVerifyBackend();
export const platformBackend: CryptoBackend = /* @__PURE__ */ withWebSigning(platformVerifyBackend);
