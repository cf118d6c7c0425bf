import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, generateSecret, sign } from '../../../src/runtime/index.js';
import { MAX_ENTRIES_PER_VERSION, parseSignatureList } from '../../../src/runtime/signing/signature-list.js';
import { verifyDelivery } from '../../../src/runtime/signing/verifier.js';
import { prepareVerifier } from '../../../src/runtime/signing/webhook.js';
import { BACKENDS, countingBackend } from './counting-backend.js';

// A header full of well-formed entries that match nothing: each one used to cost an ed25519
// verification over a fresh copy of the body, per public key held.
const id = 'msg_work';
const timestamp = 1_782_669_601;
const body = JSON.stringify({ object: 'event', padding: 'x'.repeat(4096) });
const junk = (version: 'v1' | 'v1a', count: number, offset = 0): string[] =>
  Array.from({ length: count }, (_, index) => `${version},${Buffer.alloc(version === 'v1' ? 32 : 64, index + offset + 1).toString('base64')}`);
const pairs = [await generateKeyPair(), await generateKeyPair()];
const publicKey = pairs.map((pair) => pair.publicKey);
const signingKey = pairs[1]?.signingKey ?? '';
const secret = generateSecret();
const genuine = await sign({ id, timestamp, body, signingKey, secret });
const [v1Entry, v1aEntry] = genuine['webhook-signature'].split(' ') as [string, string];
const headersWith = (entries: readonly string[]) => ({ 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': entries.join(' ') });

/** Verifies on a counting backend; resolves to the error code, or 'verified' past the signature. */
async function check(backendName: string, entries: readonly string[], keys: { secret?: string | readonly string[]; publicKey?: readonly string[] }) {
  const inner = BACKENDS.find(([name]) => name === backendName)?.[1];
  if (!inner) throw new Error(backendName);
  const { backend, work } = countingBackend(inner);
  const verifier = prepareVerifier(keys.secret, { publicKey: keys.publicKey ?? [], ignoreTimestamp: true }, backend);
  let message = '';
  const code = await verifyDelivery(verifier, body, headersWith(entries)).then(
    () => 'verified',
    (error: { code?: string; message?: string }) => ((message = error.message ?? ''), error.code === 'schema_violation' ? 'verified' : error.code),
  );
  return { code, work, message };
}

describe.each(BACKENDS.map(([name]) => [name] as const))('the work one delivery can cost, on %s', (backend) => {
  it(`refuses more than ${MAX_ENTRIES_PER_VERSION} v1a entries before any ed25519 verification`, async () => {
    const { code, work } = await check(backend, [...junk('v1a', 1000), v1aEntry], { publicKey });
    expect(code).toBe('malformed_header');
    expect(work.ed25519Verifications).toBe(0);
    expect(work.signatureDecodes).toBe(0);
  });

  it(`refuses more than ${MAX_ENTRIES_PER_VERSION} v1 entries before any HMAC`, async () => {
    const { code, work } = await check(backend, [v1Entry, ...junk('v1', MAX_ENTRIES_PER_VERSION)], { secret });
    expect(code).toBe('malformed_header');
    expect(work.hmacDigests).toBe(0);
  });

  it('at the cap: at most one verification per entry and key, all over one copy of the signed bytes', async () => {
    const { code, work } = await check(backend, [...junk('v1a', MAX_ENTRIES_PER_VERSION - 1), v1aEntry], { publicKey });
    expect(code).toBe('verified');
    expect(work.ed25519Verifications).toBeGreaterThan(MAX_ENTRIES_PER_VERSION - 1);
    expect(work.ed25519Verifications).toBeLessThanOrEqual(MAX_ENTRIES_PER_VERSION * publicKey.length);
    expect(work.messages.size).toBe(1);
    const [message] = work.messages;
    expect(message).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(message as Uint8Array).toString()).toBe(`${id}.${timestamp}.${body}`);
  });

  it('decodes each v1 entry once, not once per secret', async () => {
    const { code, work } = await check(backend, [...junk('v1', MAX_ENTRIES_PER_VERSION - 1), v1Entry], {
      secret: [generateSecret(), generateSecret(), secret],
    });
    expect(code).toBe('verified');
    expect(work.signatureDecodes).toBe(MAX_ENTRIES_PER_VERSION);
    expect(work.hmacDigests).toBe(3);
  });

  it('entries of unknown versions cost no cryptography and no growth of the error', async () => {
    const unknown = Array.from({ length: 2000 }, (_, index) => `v${index + 2},${'A'.repeat(44)}`);
    const { code, work } = await check(backend, [...unknown, v1Entry], { secret });
    expect(code).toBe('verified');
    expect(work.hmacDigests).toBe(1);
    const rejected = await check(backend, unknown, { secret });
    expect(rejected.code).toBe('no_matching_signature');
    expect(rejected.work.hmacDigests).toBe(0);
    expect(rejected.message).toContain('only v2, v3');
    expect(rejected.message.length).toBeLessThan(400);
  });
});

describe('sign never produces a header receivers refuse', () => {
  it(`refuses more than ${MAX_ENTRIES_PER_VERSION} secrets or signing keys`, async () => {
    const secrets = Array.from({ length: MAX_ENTRIES_PER_VERSION + 1 }, () => generateSecret());
    await expect(sign({ id, timestamp, body, secret: secrets })).rejects.toMatchObject({
      code: 'invalid_secret',
      message: expect.stringContaining(`more than ${MAX_ENTRIES_PER_VERSION} per version`),
    });
    const signingKeys = Array.from({ length: MAX_ENTRIES_PER_VERSION + 1 }, () => signingKey);
    await expect(sign({ id, timestamp, body, signingKey: signingKeys })).rejects.toMatchObject({ code: 'invalid_key' });
    const atCap = await sign({ id, timestamp, body, secret: secrets.slice(0, MAX_ENTRIES_PER_VERSION) });
    expect(parseSignatureList(atCap['webhook-signature']).v1).toHaveLength(MAX_ENTRIES_PER_VERSION);
  });
});

describe('property: header lines joined by ", " parse as the same list as spaces', () => {
  const entry = fc.tuple(fc.constantFrom('v1', 'v1a', 'v2'), fc.base64String({ minLength: 4, maxLength: 88 })).map(([version, value]) => `${version},${value}`);
  it('for any list of entries (at most the cap per version)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: MAX_ENTRIES_PER_VERSION }), (entries) => {
        expect(parseSignatureList(entries.join(', '))).toEqual(parseSignatureList(entries.join(' ')));
      }),
      { numRuns: 300 },
    );
  });
});
