import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import { generateKeyPair, generateSecret, sign, verify, Webhook } from '../../../src/runtime/index.js';
import { defaultBackend, webBackend } from '../../../src/runtime/signing/crypto-backend.js';
import { signedBytes } from '../../../src/runtime/signing/signed-content.js';

const { secretPrefix, secretMinBytes, secretMaxBytes } = DELIVERY.signing.symmetric;
const decodedLength = (secret: string) => Buffer.from(secret.slice(secretPrefix.length), 'base64').byteLength;
const BODY = JSON.stringify({ hello: 'world' });

describe('generateSecret', () => {
  it('makes whsec_ secrets of 32 random bytes by default, and of any length the spec allows', () => {
    const secret = generateSecret();
    expect(secret.startsWith(secretPrefix)).toBe(true);
    expect(decodedLength(secret)).toBe(32);
    expect(generateSecret()).not.toBe(secret);
    expect(decodedLength(generateSecret(secretMinBytes))).toBe(secretMinBytes);
    expect(decodedLength(generateSecret(secretMaxBytes))).toBe(secretMaxBytes);
  });

  it.each([secretMinBytes - 1, secretMaxBytes + 1, 32.5])('refuses %s bytes, naming the allowed range', (bytes) => {
    expect(() => generateSecret(bytes)).toThrow(`${secretMinBytes}–${secretMaxBytes}`);
  });
});

describe('generateKeyPair and v1a', () => {
  it('signs with whsk_ and verifies with the matching whpk_ only', async () => {
    const pair = await generateKeyPair();
    const other = await generateKeyPair();
    expect(pair.signingKey).toMatch(/^whsk_[A-Za-z0-9+/]{43}=$/);
    expect(pair.publicKey).toMatch(/^whpk_[A-Za-z0-9+/]{43}=$/);
    const headers = await sign({ id: 'msg_1', timestamp: 1_782_669_601, body: '{"type":"webhook.test"}', signingKey: pair.signingKey });
    expect(headers['webhook-signature']).toMatch(/^v1a,[A-Za-z0-9+/]{86}==$/);
    const replay = { ignoreTimestamp: true } as const;
    await expect(verify('{"type":"webhook.test"}', headers, { publicKey: [other.publicKey, pair.publicKey], ...replay })).rejects.toMatchObject({
      code: 'schema_violation',
    });
    await expect(verify('{"type":"webhook.test"}', headers, { publicKey: other.publicKey, ...replay })).rejects.toMatchObject({
      code: 'no_matching_signature',
    });
  });
});

const SIGN_INPUT_CASES = [
  { name: 'an id with a dot', input: { id: 'msg.1', timestamp: 1 }, code: 'malformed_header' },
  { name: 'an empty id', input: { id: '', timestamp: 1 }, code: 'malformed_header' },
  // Not a header value: Node would refuse to send it with a bare TypeError (ERR_INVALID_CHAR).
  { name: 'an id with an escape sequence', input: { id: 'a\u001b[31mb', timestamp: 1 }, code: 'malformed_header' },
  { name: 'an id with a NUL', input: { id: 'a\u0000b', timestamp: 1 }, code: 'malformed_header' },
  { name: 'an id with a space', input: { id: 'msg 1', timestamp: 1 }, code: 'malformed_header' },
  { name: 'an id with a non-ASCII character', input: { id: 'msg_\u00e9', timestamp: 1 }, code: 'malformed_header' },
  { name: 'an id with a bidirectional override', input: { id: 'msg_\u202e1', timestamp: 1 }, code: 'malformed_header' },
  { name: 'a fractional timestamp', input: { id: 'msg_1', timestamp: 1.5 }, code: 'malformed_header' },
  { name: 'a timestamp in the wrong type', input: { id: 'msg_1', timestamp: '1' as unknown as number }, code: 'malformed_header' },
  { name: 'no key at all', input: { id: 'msg_1', timestamp: 1, secret: [] }, code: 'invalid_secret' },
  { name: 'a whsec_ where a whsk_ goes', input: { id: 'msg_1', timestamp: 1, secret: [], signingKey: generateSecret() }, code: 'invalid_key' },
  { name: 'a body over the limit', input: { id: 'msg_1', timestamp: 1, body: 'x'.repeat(DELIVERY.limits.maxPayloadBytes + 1) }, code: 'body_too_large' },
  { name: 'an object body', input: { id: 'msg_1', timestamp: 1, body: { hello: 'world' } as unknown as string }, code: 'raw_body_required' },
] as const;

describe('sign refuses what receivers could not verify', () => {
  it.each(SIGN_INPUT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expect(sign({ body: BODY, secret: generateSecret(), ...c.input })).rejects.toMatchObject({ code: c.code });
  });

  it('names the id grammar, shows the id escaped and cut short, and carries the header', async () => {
    const attempt = sign({ id: `a\u001b[31m${'b'.repeat(20_000)}`, timestamp: 1, body: BODY, secret: generateSecret() });
    await expect(attempt).rejects.toMatchObject({ code: 'malformed_header', header: 'webhook-id' });
    const message = await attempt.then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toContain('visible ASCII characters');
    expect(message).toContain('"a\\u001b[31m');
    expect(message).toContain('(20006 characters)');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting the raw escape is absent
    expect(message).not.toMatch(/\u001b/);
    expect(message.length).toBeLessThan(400);
  });
});

describe('verify options', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a tolerance of %s and points to ignoreTimestamp', (toleranceSeconds) => {
    expect(() => new Webhook(generateSecret(), { toleranceSeconds })).toThrow('ignoreTimestamp');
  });

  it('reads the clock on every delivery, not once', async () => {
    const secret = generateSecret();
    let now = 1_782_669_601_000;
    const webhook = new Webhook(secret, { now: () => now });
    const body = '{"object":"event"}';
    const headers = await sign({ id: 'msg_1', timestamp: now / 1000, body, secret });
    await expect(webhook.verify(body, headers)).rejects.toMatchObject({ code: 'schema_violation' });
    now += (DELIVERY.signing.toleranceSeconds + 1) * 1000;
    await expect(webhook.verify(body, headers)).rejects.toMatchObject({ code: 'timestamp_too_old' });
  });
});

describe('the Web Crypto backend interoperates with node:crypto', () => {
  it('generates ed25519 pairs whose signatures node:crypto verifies, and the reverse', async () => {
    const body = '{"type":"webhook.test"}';
    const content = { prefix: 'msg_1.1782669601.', body };
    const fromWeb = await webBackend.generateEd25519();
    const fromNode = await defaultBackend.generateEd25519();
    for (const [signer, verifier, pair] of [
      [webBackend, defaultBackend, fromWeb],
      [defaultBackend, webBackend, fromNode],
    ] as const) {
      const signature = await signer.prepareEd25519Private(pair.seed).sign(content);
      expect(await verifier.prepareEd25519Public(pair.publicKey).verify(signedBytes(content), signature)).toBe(true);
      expect(await verifier.prepareEd25519Public(pair.publicKey).verify(signedBytes({ ...content, body: `${body} ` }), signature)).toBe(false);
    }
  });

  it('computes the same HMAC', async () => {
    const key = Buffer.from(generateSecret().slice(secretPrefix.length), 'base64');
    const content = { prefix: 'msg_1.1782669601.', body: new TextEncoder().encode('{"ü":1}') };
    expect(Buffer.from(await webBackend.prepareHmac(key).digest(content))).toEqual(Buffer.from(await defaultBackend.prepareHmac(key).digest(content)));
  });
});
