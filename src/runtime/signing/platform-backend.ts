// node:crypto, for Node, Deno and Bun (the `node` export condition). The package build
// replaces this file with platform-backend.web.ts in the trees for Web-standard runtimes.
import { Buffer } from 'node:buffer';
import * as crypto from 'node:crypto';
import type { CryptoBackend } from './crypto-backend.js';
import { createNodeBackend } from './node-backend.js';

export const platformBackend: CryptoBackend = /* @__PURE__ */ createNodeBackend(crypto, Buffer);
