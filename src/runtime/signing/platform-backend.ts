// node:crypto, for Node, Deno and Bun (the `node` export condition). The package build
// replaces this file with platform-backend.web.ts in the trees for Web-standard runtimes.
import { Buffer } from 'node:buffer';
import * as crypto from 'node:crypto';
import type { CryptoBackend, VerifyBackend } from './crypto-backend.js';
import { createNodeVerifyBackend, withNodeSigning } from './node-backend.js';

export const platformVerifyBackend: VerifyBackend = /* @__PURE__ */ createNodeVerifyBackend(crypto, Buffer);
export const platformBackend: CryptoBackend = /* @__PURE__ */ withNodeSigning(platformVerifyBackend, crypto, Buffer);
