import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { DELIVERY, generateSecret, sign } from '../../src/runtime/index.js';
import { woesMatchers } from '../../src/contract-kit/vitest.js';

beforeAll(() => {
  expect.extend(woesMatchers);
});

const example = (): Record<string, unknown> => structuredClone(EVENT_EXAMPLES['conversation.created'][0]?.payload) as unknown as Record<string, unknown>;

describe('toMatchWoesEvent', () => {
  it('passes a valid event of the named type, and .not inverts it', () => {
    expect(example()).toMatchWoesEvent('conversation.created');
    expect(example()).not.toMatchWoesEvent('conversation.updated');
  });

  it('fails with the JSON path and message of each violation; strict by default', () => {
    expect(() => expect({ ...example(), sequence: 0 }).toMatchWoesEvent('conversation.created')).toThrow(
      /expected a valid conversation\.created event \(strict\):\n {2}\/sequence: must be >= 1/,
    );
    expect(() => expect({ ...example(), extra: true }).toMatchWoesEvent('conversation.created')).toThrow(
      / {2}\/: must NOT have additional properties: "extra"/,
    );
    expect(() => expect({ ...example(), extra: true }).toMatchWoesEvent('conversation.created', { mode: 'receiver' })).not.toThrow();
  });

  it('names the actual type when it is not the expected one', () => {
    expect(() => expect(example()).toMatchWoesEvent('issue.created')).toThrow('expected a issue.created event, got type "conversation.created"');
  });
});

describe('toBeSignedWoesDelivery', () => {
  const secret = generateSecret();
  const delivery = async (signWith: string, timestamp = Math.floor(Date.now() / 1000)): Promise<Request> => {
    const body = JSON.stringify(example());
    const headers = await sign({ id: String(example().id), timestamp, body, secret: signWith });
    return new Request('http://receiver.test/webhooks/woes', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
  };

  it('passes a Request signed with the secret (or one of a rotation list) and leaves its body readable', async () => {
    const request = await delivery(secret);
    await expect(request).toBeSignedWoesDelivery(secret);
    await expect(request).toBeSignedWoesDelivery([generateSecret(), secret]);
    expect(JSON.parse(await request.text())).toMatchWoesEvent('conversation.created');
  });

  it('fails with the verification code: wrong secret, stale timestamp', async () => {
    await expect(expect(await delivery(generateSecret())).toBeSignedWoesDelivery(secret)).rejects.toThrow(/verification failed with no_matching_signature/);
    const stale = await delivery(secret, Math.floor(Date.now() / 1000) - DELIVERY.signing.toleranceSeconds - 10);
    await expect(expect(stale).toBeSignedWoesDelivery(secret)).rejects.toThrow(/timestamp_too_old/);
    await expect(await delivery(generateSecret())).not.toBeSignedWoesDelivery(secret);
  });

  it('accepts the parts of a delivery, as a capture endpoint records them', async () => {
    const body = JSON.stringify(example());
    const headers = await sign({ id: String(example().id), timestamp: Math.floor(Date.now() / 1000), body, secret });
    await expect({ headers: { ...headers }, body }).toBeSignedWoesDelivery(secret);
  });
});
