import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERIFICATION_ERROR_CODES } from '../../../src/runtime/signing/errors.js';
import { webBackend } from '../../../src/runtime/signing/crypto-backend.js';
import { sign, signWith } from '../../../src/runtime/signing/sign.js';
import { verify } from '../../../src/runtime/signing/verify.js';
import { verifyDelivery } from '../../../src/runtime/signing/verifier.js';
import { prepareVerifier } from '../../../src/runtime/signing/webhook.js';
import { buildVectors, VECTORS_PATH } from './build-vectors.js';
import { runVectors, type SigningVectors, type VectorLibrary } from './run-vectors.js';

const text = readFileSync(VECTORS_PATH, 'utf8');
const vectors = JSON.parse(text) as SigningVectors;

const nodeLibrary: VectorLibrary = { verify, sign };
// The same API on Web Crypto, as a runtime without node:crypto would run it.
const webLibrary: VectorLibrary = {
  verify: (body, headers, options) => verifyDelivery(prepareVerifier(options.secret, options, webBackend), body, headers),
  sign: (input) => signWith(webBackend, input),
};

describe('test/vectors/signing.json', () => {
  it('is what test/runtime/signing/build-vectors.ts generates (rerun it after changing the cases)', () => {
    expect(text).toBe(buildVectors());
  });

  it('has the Standard Webhooks known answer, ≥25 negative vectors, and only stable codes', () => {
    expect(vectors.knownAnswer.signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const codes = vectors.deliveries.flatMap((vector) => ('code' in vector.expect ? [vector.expect.code] : []));
    expect(codes.length).toBeGreaterThanOrEqual(25);
    for (const code of codes) expect(VERIFICATION_ERROR_CODES).toContain(code);
    // Every code a delivery can produce has a vector (raw_body_required needs a non-JSON value).
    expect(new Set(codes)).toEqual(new Set(VERIFICATION_ERROR_CODES.filter((code) => code !== 'raw_body_required')));
  });
});

describe.each([
  ['node:crypto', nodeLibrary],
  ['Web Crypto', webLibrary],
])('the signing known answers on %s', (_name, library) => {
  it('reproduces the Standard Webhooks known answer and every signing case', async () => {
    const results = await runVectors(library, { ...vectors, deliveries: [] });
    expect(results).toHaveLength(1 + vectors.signatures.length);
    expect(results.filter((result) => result.problem !== undefined)).toEqual([]);
  });
});

describe.each([
  ['node:crypto', nodeLibrary],
  ['Web Crypto', webLibrary],
])('the vectors on %s', (_name, library) => {
  it.each(vectors.deliveries.map((vector) => [vector.name, vector] as const))('%s', async (name) => {
    const results = await runVectors(library, { ...vectors, deliveries: vectors.deliveries.filter((vector) => vector.name === name) });
    expect(results.filter((result) => result.problem !== undefined)).toEqual([]);
  });
});
