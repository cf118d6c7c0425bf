import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';

const secret = generateSecret();
const correct = flawedReceiver(secret, undefined, EVENT_TYPES);
let redirecting: Awaited<ReturnType<typeof serveHandler>>;
let hanging: Awaited<ReturnType<typeof serveHandler>>;

beforeAll(async () => {
  // Moved: every delivery is answered with a permanent redirect to the new path.
  redirecting = await serveHandler(() => new Response(null, { status: 308, headers: { location: '/v2/webhooks/woes' } }));
  // Verifies, then hangs on an event type it does not know (a slow handler before answering).
  hanging = await serveHandler(async (request) => {
    const body = await request.clone().text();
    if (body.includes('conformance_probe"')) return new Promise<Response>(() => undefined);
    return correct(new Request(request.url, { method: request.method, headers: request.headers, body }));
  });
});
afterAll(async () => {
  await Promise.all([redirecting.close(), hanging.close()]);
});

describe('the runner at the edges', () => {
  it('never follows a redirect: http.no-redirect names the status and the target', async () => {
    const report = await testReceiver({ url: redirecting.url, secret, only: ['http.no-redirect'] });
    expect(report.results.find((result) => result.id === 'http.no-redirect')).toMatchObject({
      status: 'fail',
      failure: 'answered 308 to /v2/webhooks/woes; expected no redirect',
    });
  });

  it('bounds each case by --timeout and goes on with the next one', async () => {
    // The timeout bounds the correct answers too: long enough that none nears it on a loaded
    // machine. The hanging case ends by it, and the cases after it still run and pass.
    const report = await testReceiver({ url: hanging.url, secret, timeoutMs: 2000, only: ['accept.'] });
    expect(report.results.filter((result) => result.status === 'fail')).toEqual([
      expect.objectContaining({ id: 'accept.unknown-type', failure: 'no answer (timed out after 2000 ms); expected a 2xx', statuses: [null] }),
    ]);
    expect(report.passed).toBe(report.results.filter((result) => result.id.startsWith('accept.')).length - 1);
  });

  it('reports skipped cases in the suite order and counts only what ran', async () => {
    const report = await testReceiver({ fetch: correct, secret, skip: ['deliver.', 'accept.'] });
    // In-process, the malformed-framing cases are skipped too: a handler only sees what a server parsed.
    expect(report.skipped).toBe(report.results.filter((result) => /^(deliver|accept|limits\.framing)\./.test(result.id)).length);
    expect(report.failed).toBe(0);
    expect(report.results.map((result) => result.id)).toEqual(CONFORMANCE_SUITE.cases.map((testCase) => testCase.id));
    expect(report.results[0]).toMatchObject({ status: 'skipped' });
  });
});
