import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import { WebhookVerificationError } from '../../../src/runtime/index.js';
import { ERROR_MESSAGE_CASES, SECRET } from './error-message-cases.js';

async function errorOf(act: () => Promise<unknown> | unknown): Promise<WebhookVerificationError> {
  try {
    await act();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
  throw new Error('expected a WebhookVerificationError, but nothing was thrown');
}

describe.each(ERROR_MESSAGE_CASES.map((c) => [c.name, c] as const))('the error for %s', (_name, c) => {
  it(`has code ${c.code}, names the fix and never echoes the secret`, async () => {
    const error = await errorOf(c.act);
    expect(error.code).toBe(c.code);
    expect(error.name).toBe('WebhookVerificationError');
    expect(error.message.startsWith('@woes/webhooks: ')).toBe(true);
    for (const fragment of c.says) expect(error.message).toContain(fragment);
    if (c.fields) expect(error).toMatchObject(c.fields);
    const key = SECRET.slice(DELIVERY.signing.symmetric.secretPrefix.length);
    expect(error.message).not.toContain(key.slice(0, 12));
    expect(JSON.stringify(error)).not.toContain(key.slice(0, 12));
  });
});
