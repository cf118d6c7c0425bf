import { readFileSync } from 'node:fs';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import { generateSecret, sign, verify, Webhook } from '../../../src/runtime/index.js';
import { allExamples } from '../../support/examples.js';
import type { SigningVectors } from './run-vectors.js';

// Both ways with the reference libraries, on every spec example: their signatures verify
// with ours, ours verify with theirs. svix 1.99 (the last line that supports Node 20; 2.x has
// the same Webhook class and declares Node >= 22) wraps standardwebhooks and reads svix-* or
// webhook-* names; only a throw means it refused.
const secrets = [DELIVERY.signing.exampleSecret, generateSecret(), generateSecret(24), generateSecret(64)];
const examples = allExamples().map((example) => ({
  name: example.name,
  id: example.headers['webhook-id'] ?? '',
  body: JSON.stringify(example.payload),
  type: example.payload.type,
}));
const cases = secrets.flatMap((secret, index) => examples.map((example) => ({ ...example, secret, label: `${example.name} / secret ${index + 1}` })));

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe.each(cases.map((c) => [c.label, c] as const))('interop: %s', (_label, c) => {
  it('standardwebhooks signs, we verify (string and Buffer bodies)', async () => {
    const timestamp = nowSeconds();
    const signature = new StandardWebhook(c.secret).sign(c.id, new Date(timestamp * 1000), c.body);
    const headers = { 'webhook-id': c.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    expect((await verify(c.body, headers, { secret: c.secret })).type).toBe(c.type);
    expect((await new Webhook(c.secret).verify(Buffer.from(c.body), new Headers(headers))).type).toBe(c.type);
  });

  it('svix signs, we verify', async () => {
    const timestamp = nowSeconds();
    const signature = new SvixWebhook(c.secret).sign(c.id, new Date(timestamp * 1000), c.body);
    const headers = { 'webhook-id': c.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    expect((await verify(c.body, headers, { secret: c.secret })).type).toBe(c.type);
  });

  it('we sign, standardwebhooks and svix verify', async () => {
    const headers = await sign({ id: c.id, timestamp: nowSeconds(), body: c.body, secret: c.secret });
    expect(new StandardWebhook(c.secret).verify(c.body, headers)).toEqual(JSON.parse(c.body));
    expect(() => new SvixWebhook(c.secret).verify(c.body, headers)).not.toThrow();
    const svixNames = { 'svix-id': headers['webhook-id'], 'svix-timestamp': headers['webhook-timestamp'], 'svix-signature': headers['webhook-signature'] };
    expect(() => new SvixWebhook(c.secret).verify(c.body, svixNames)).not.toThrow();
  });
});

describe('interop: rotation and rejection', () => {
  const [body] = examples.map((example) => example.body);
  if (body === undefined) throw new Error('the spec has no examples');

  it('a delivery we sign with two secrets verifies in the reference libraries with either one', async () => {
    const [oldSecret, newSecret] = [generateSecret(), generateSecret()];
    const headers = await sign({ id: 'msg_rotation', timestamp: nowSeconds(), body, secret: [oldSecret, newSecret] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      expect(new StandardWebhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
      expect(() => new SvixWebhook(secret).verify(body, headers)).not.toThrow();
    }
    expect(() => new StandardWebhook(generateSecret()).verify(body, headers)).toThrow('No matching signature');
  });

  it('standardwebhooks and we reject the same tampered delivery', async () => {
    const secret = generateSecret();
    const headers = await sign({ id: 'msg_tamper', timestamp: nowSeconds(), body, secret });
    const tampered = body.replace('"object":"event"', '"object":"evnt"');
    expect(tampered).not.toBe(body);
    expect(() => new StandardWebhook(secret).verify(tampered, headers)).toThrow('No matching signature');
    await expect(verify(tampered, headers, { secret })).rejects.toMatchObject({ code: 'no_matching_signature' });
  });
});

describe('interop: the signing vectors agree with standardwebhooks', () => {
  const vectors = JSON.parse(readFileSync('test/vectors/signing.json', 'utf8')) as SigningVectors;
  // standardwebhooks signs strings with one secret (v1 only): compare each entry that fits.
  const comparable = vectors.signatures.flatMap((vector) =>
    vector.body === undefined
      ? []
      : vector.keys.flatMap((key, index) => (key.startsWith('whsec_') ? [{ name: `${vector.name} #${index + 1}`, vector, key, index }] : [])),
  );

  it.each(comparable.map((c) => [c.name, c] as const))('%s', (_name, { vector, key, index }) => {
    const theirs = new StandardWebhook(key).sign(vector.id, new Date(vector.timestamp * 1000), vector.body ?? '');
    expect(vector.signature.split(' ')[index]).toBe(theirs);
  });
});
