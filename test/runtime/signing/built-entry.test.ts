import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../support/run-process.js';

// The compiled entry (dist/, built by `npm test` first) in a fresh node process: the
// top-level crypto detection and the adapters load, and a signed delivery round-trips.
const entry = pathToFileURL(resolve('dist/src/runtime/index.js')).href;

describe('dist/src/runtime/index.js', () => {
  it('signs, verifies and serves a delivery in a fresh node process', { timeout: 70_000 }, async () => {
    const code = `
      const { createFetchHandler, generateSecret, signedTestDelivery, Webhook } = await import(${JSON.stringify(entry)});
      const secret = generateSecret();
      const delivery = await signedTestDelivery('webhook.test', { secret });
      const event = await new Webhook(secret).verify(Buffer.from(delivery.body), delivery.headers);
      const handler = createFetchHandler({ secret, onEvent: () => {} });
      const response = await handler(new Request('http://127.0.0.1/', { method: 'POST', body: delivery.body, headers: delivery.headers }));
      console.log(JSON.stringify({ type: event.type, status: response.status }));
    `;
    // Under a second; only a hung process reaches the deadline.
    const result = await runProcess(process.execPath, ['--input-type=module', '-e', code], {
      what: 'node importing dist/src/runtime/index.js',
      deadlineSeconds: 60,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ type: 'webhook.test', status: 204 });
  });
});
