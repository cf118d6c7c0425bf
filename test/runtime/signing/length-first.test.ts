import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import { generateKeyPair, generateSecret, sign, Webhook } from '../../../src/runtime/index.js';
import { verifyDelivery } from '../../../src/runtime/signing/verifier.js';
import { prepareVerifier } from '../../../src/runtime/signing/webhook.js';
import { BACKENDS, countingBackend } from './counting-backend.js';

// Sizes are checked before content: an oversized key is refused by its length before any
// scan or decode, and an oversized string body by its length before it is measured in UTF-8.
const MAX = DELIVERY.limits.maxPayloadBytes;
const EIGHT_MB = 8 * 1024 * 1024;
const { secretPrefix } = DELIVERY.signing.symmetric;
const { publicKeyPrefix, signingKeyPrefix } = DELIVERY.signing.asymmetric;

function errorOf(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('keys are refused by length before they are decoded', () => {
  it.each([
    ['an 8 MB secret', () => new Webhook(secretPrefix + 'A'.repeat(EIGHT_MB)), 'invalid_secret', 'generateSecret()'],
    ['an 8 MB public key', () => new Webhook([], { publicKey: publicKeyPrefix + 'A'.repeat(EIGHT_MB) }), 'invalid_key', 'generateKeyPair()'],
    ['an 8 MB secret second in a rotation list', () => new Webhook([generateSecret(), secretPrefix + 'A'.repeat(EIGHT_MB)]), 'invalid_secret', 'secret #2'],
  ] as const)('%s: a typed error naming the length and the fix, not a RangeError', (_name, act, code, fix) => {
    const error = errorOf(act);
    expect(error).toMatchObject({ name: 'WebhookVerificationError', code });
    const { message } = error as Error;
    expect(message).toContain(`${EIGHT_MB} characters`);
    expect(message).toContain(fix);
    expect(message.length).toBeLessThan(400);
  });

  it('an 8 MB signing key passed to sign', async () => {
    await expect(sign({ id: 'msg_1', timestamp: 1, body: '{}', signingKey: signingKeyPrefix + 'A'.repeat(EIGHT_MB) })).rejects.toMatchObject({
      code: 'invalid_key',
      message: expect.stringContaining(`${EIGHT_MB} characters`),
    });
  });

  it('keys of the longest valid length still load, and a wrapped one still gets the line-break hint', async () => {
    expect(() => new Webhook(generateSecret(DELIVERY.signing.symmetric.secretMaxBytes))).not.toThrow();
    const { publicKey } = await generateKeyPair();
    expect(() => new Webhook([], { publicKey })).not.toThrow();
    const longest = generateSecret(DELIVERY.signing.symmetric.secretMaxBytes);
    expect(errorOf(() => new Webhook(`${longest.slice(0, 60)}\n${longest.slice(60)}`))).toMatchObject({
      code: 'invalid_secret',
      message: expect.stringContaining('line break'),
    });
  });
});

describe.each(BACKENDS.map(([name, backend]) => [name, backend] as const))('a string body is bounded by its length first, on %s', (_name, inner) => {
  const secret = generateSecret();
  const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1', 'webhook-signature': 'v1,AAAA' };
  const verifyOn = (body: string) => {
    const { backend, work } = countingBackend(inner);
    return { result: verifyDelivery(prepareVerifier(secret, { ignoreTimestamp: true }, backend), body, headers), work };
  };

  it('more UTF-16 units than the limit allows bytes: body_too_large without measuring it', async () => {
    const { result, work } = verifyOn('x'.repeat(16 * MAX));
    await expect(result).rejects.toMatchObject({ code: 'body_too_large', message: expect.stringContaining(`at least ${16 * MAX} bytes`) });
    expect(work.utf8Measurements).toBe(0);
    expect(work.hmacDigests).toBe(0);
  });

  it('a length that cannot reach the limit even at 3 bytes per unit is not measured', async () => {
    const { result, work } = verifyOn('é'.repeat(Math.floor(MAX / 3)));
    await expect(result).rejects.toMatchObject({ code: 'no_matching_signature' });
    expect(work.utf8Measurements).toBe(0);
  });

  it('only a length that leaves doubt is measured, once', async () => {
    const over = verifyOn('é'.repeat(MAX / 2 + 1)); // MAX + 2 bytes in UTF-8
    await expect(over.result).rejects.toMatchObject({ code: 'body_too_large', message: expect.stringContaining(`is ${MAX + 2} bytes`) });
    expect(over.work.utf8Measurements).toBe(1);
    const under = verifyOn('x'.repeat(MAX));
    await expect(under.result).rejects.toMatchObject({ code: 'no_matching_signature' });
    expect(under.work.utf8Measurements).toBe(1);
  });
});
