// Entry point for Deno and Bun (spawned by runtimes.test.ts): runs test/vectors/signing.json
// against the library as that runtime loads it, and prints one JSON line of results.
// With the argument `web` it forces the Web Crypto backend, as on a runtime without node:crypto.
import { readFileSync } from 'node:fs';
import { sign, verify } from '../../../src/runtime/index.js';
import { defaultBackend, webBackend } from '../../../src/runtime/signing/crypto-backend.js';
import { signWith } from '../../../src/runtime/signing/sign.js';
import { verifyDelivery } from '../../../src/runtime/signing/verifier.js';
import { prepareVerifier } from '../../../src/runtime/signing/webhook.js';
import { runVectors, type SigningVectors, type VectorLibrary } from '../signing/run-vectors.js';

const forceWeb =
  (globalThis as { Deno?: { args: string[] } }).Deno?.args.includes('web') ??
  (globalThis as { process?: { argv: string[] } }).process?.argv.includes('web') ??
  false;
const library: VectorLibrary = forceWeb
  ? {
      verify: (body, headers, options) => verifyDelivery(prepareVerifier(options.secret, options, webBackend), body, headers),
      sign: (input) => signWith(webBackend, input),
    }
  : { verify, sign };

const vectors = JSON.parse(readFileSync(new URL('../../vectors/signing.json', import.meta.url), 'utf8')) as SigningVectors;
const results = await runVectors(library, vectors);
console.log(
  JSON.stringify({
    backend: forceWeb ? webBackend.name : defaultBackend.name,
    total: results.length,
    failures: results.filter((result) => result.problem !== undefined),
  }),
);
