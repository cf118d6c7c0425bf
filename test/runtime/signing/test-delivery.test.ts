import { describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';
import { generateSecret, signedTestDelivery, Webhook } from '../../../src/runtime/index.js';

const secret = generateSecret();

describe('signedTestDelivery', () => {
  it('builds a delivery that verifies, from the first example, with webhook-id = payload id', async () => {
    const delivery = await signedTestDelivery('issue.created', { secret });
    const event = await new Webhook(secret).verify(delivery.body, delivery.headers);
    expect(event).toEqual(EVENT_EXAMPLES['issue.created'][0]?.payload);
    expect(delivery.headers['webhook-id']).toBe(event.id);
    expect(delivery.headers['content-type']).toBe('application/json');
  });

  it('merges overrides into nested objects and replaces arrays, and the result still verifies', async () => {
    const delivery = await signedTestDelivery('conversation.updated', { secret, overrides: { sequence: 42, data: { tags: ['vip'] } } });
    const event = await new Webhook(secret).verify(delivery.body, delivery.headers);
    if (event.type !== 'conversation.updated') throw new Error(`unexpected ${event.type}`);
    expect(event.sequence).toBe(42);
    expect(event.data.tags).toEqual(['vip']);
    expect(event.data.id).toBe(EVENT_EXAMPLES['conversation.updated'][0]?.payload.data.id);
  });

  it('picks an example by name, signs at a given time, and names the examples when one is unknown', async () => {
    const [, second] = EVENT_EXAMPLES['message.created'];
    if (!second) throw new Error('the spec lost its second message.created example');
    const delivery = await signedTestDelivery('message.created', { secret, example: second.name, timestamp: 1_000 });
    expect(delivery.payload).toEqual(second.payload);
    expect(delivery.headers['webhook-timestamp']).toBe('1000');
    await expect(new Webhook(secret).verify(delivery.body, delivery.headers)).rejects.toMatchObject({ code: 'timestamp_too_old' });
    await expect(signedTestDelivery('message.created', { secret, example: 'nope' })).rejects.toThrow(`"${second.name}"`);
  });
});
