import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DELIVERY } from '../../generated/catalog.js';
import { signedTestDelivery, STATUS_FOR_CODE, type VerificationErrorCode } from '../../src/runtime/index.js';
import { requireTools } from '../support/require-tools.js';
import { runToSuccess } from '../support/run-process.js';
import { bodyBytes, EXAMPLE_DELIVERIES, SECRET_VECTORS, type DeliveryCase } from './support/delivery-cases.js';

// The files the quickstart shows, byte for byte (the template includes them).
const TS_SNIPPET = '../../docs/snippets/verify-webhook.js';
const PY_SNIPPET_DIR = 'docs/snippets';

const CASES: readonly DeliveryCase[] = [...SECRET_VECTORS, ...EXAMPLE_DELIVERIES];
requireTools('python3');

describe('the TypeScript snippet (docs/snippets/verify-webhook.ts, on @woes/webhooks)', () => {
  beforeAll(() => {
    // The snippet imports the package by name, which resolves to the build.
    if (!existsSync('dist/src/runtime/index.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this suite.');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(CASES.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    // The receiver's clock, as the vector states it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(item.now * 1000);
    const { woesWebhookHandler } = (await import(TS_SNIPPET)) as typeof import('../../docs/snippets/verify-webhook.js');
    const queued: { type: string }[] = [];
    const create = () => woesWebhookHandler({ secret: item.secrets, enqueue: async (event) => void queued.push(event) });
    if (item.expect.code === 'invalid_secret') {
      // A malformed secret is a configuration error: the handler refuses to start.
      expect(create).toThrow(expect.objectContaining({ code: 'invalid_secret' }) as Error);
      return;
    }
    const handle = create();
    const response = await handle(new Request('http://127.0.0.1/webhooks/woes', { method: 'POST', headers: item.headers, body: Buffer.from(bodyBytes(item)) }));
    if (item.expect.ok) {
      expect(response.status).toBe(204);
      expect(queued.map((event) => event.type)).toEqual([item.expect.type]);
    } else {
      // The adapters' answer: the status for the code, and only `{ code }`.
      expect(response.status).toBe(STATUS_FOR_CODE[item.expect.code as VerificationErrorCode]);
      expect(await response.json()).toEqual({ code: item.expect.code });
      expect(queued).toEqual([]);
    }
  });

  it('refuses a body that passes the size limit while it is still arriving (413, nothing buffered past it)', async () => {
    const { woesWebhookHandler } = (await import(TS_SNIPPET)) as typeof import('../../docs/snippets/verify-webhook.js');
    let pulled = 0;
    // A body that never ends: only a handler that stops reading at the limit can answer.
    const endless = new ReadableStream<Uint8Array>({ pull: (controller) => void ((pulled += 1), controller.enqueue(new Uint8Array(16 * 1024))) });
    const request = new Request('http://127.0.0.1/webhooks/woes', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    const response = await woesWebhookHandler({ secret: DELIVERY.signing.exampleSecret, enqueue: async () => undefined })(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'body_too_large' });
    expect(pulled * 16 * 1024).toBeLessThan(DELIVERY.limits.maxPayloadBytes * 2);
  });

  it('answers 500 { code: handler_failed } when enqueue fails, without its message', async () => {
    const { woesWebhookHandler } = (await import(TS_SNIPPET)) as typeof import('../../docs/snippets/verify-webhook.js');
    const delivery = await signedTestDelivery('message.created', { secret: DELIVERY.signing.exampleSecret });
    const handle = woesWebhookHandler({
      secret: DELIVERY.signing.exampleSecret,
      enqueue: () => Promise.reject(new Error('database password rejected for user woes')),
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await handle(new Request('http://127.0.0.1/webhooks/woes', { method: 'POST', headers: delivery.headers, body: delivery.body }));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(JSON.stringify({ code: 'handler_failed' }));
    expect(logged).toHaveBeenCalledOnce(); // the message goes to the logs instead
    logged.mockRestore();
  });
});

describe('the Python snippet (docs/snippets/verify_webhook.py, standard library only)', () => {
  const source = readFileSync(`${PY_SNIPPET_DIR}/verify_webhook.py`, 'utf8');
  let results: ({ ok: true; event: { type?: string } } | { code: string })[] = [];

  beforeAll(async () => {
    // A second or two; only a hung interpreter reaches the deadline.
    const { stdout } = await runToSuccess('python3', ['test/docs/support/run_python_snippet.py', PY_SNIPPET_DIR], {
      what: 'the Python snippet judging every delivery case',
      input: JSON.stringify(CASES),
      deadlineSeconds: 90,
    });
    results = JSON.parse(stdout) as typeof results;
  });

  it('imports nothing outside the standard library', () => {
    const imports = [...source.matchAll(/^(?:import|from) (\w+)/gm)].map((match) => match[1]);
    expect(imports.filter((name) => !['base64', 'hashlib', 'hmac', 'json', 'time'].includes(name ?? ''))).toEqual([]);
  });

  it('quotes the figures of the spec it cannot import', () => {
    const constant = (name: string): number => Number(new RegExp(`^${name} = (\\d+)`, 'm').exec(source)?.[1]);
    expect(constant('TOLERANCE_SECONDS')).toBe(DELIVERY.signing.toleranceSeconds);
    expect(constant('MAX_BODY_BYTES')).toBe(DELIVERY.limits.maxPayloadBytes);
    expect(constant('SECRET_MIN_BYTES')).toBe(DELIVERY.signing.symmetric.secretMinBytes);
  });

  it.each(CASES.map((item, index) => [item.name, item, index] as const))('%s', (_name, item, index) => {
    const result = results[index];
    if (item.expect.ok) expect(result).toMatchObject({ ok: true, event: { type: item.expect.type } });
    // It checks signatures, not schemas: a correctly signed body that breaks the schema passes it.
    else if (item.expect.code === 'schema_violation') expect(result).toMatchObject({ ok: true });
    else expect(result).toEqual({ code: item.expect.code });
  });
});
