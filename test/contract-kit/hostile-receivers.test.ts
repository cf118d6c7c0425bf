import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { EVENT_TYPES, createFetchHandler, generateSecret } from '../../src/runtime/index.js';
import { attemptDelivery } from '../../src/contract-kit/delivery/attempt-delivery.js';
import { ContractKitError } from '../../src/contract-kit/contract-error.js';
import { RESPONSE_BYTES_KEPT } from '../../src/contract-kit/http-exchange.js';
import { renderJson, renderJunit, renderTable } from '../../src/contract-kit/reporters/index.js';
import { SILENT_CASES_BEFORE_STOP, SILENT_CASES_IN_ALL_BEFORE_STOP } from '../../src/contract-kit/run-suite.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';

// Receivers that attack the runner instead of being tested by it. Each reproduces a way the
// suite used to fall over: reading an endless answer, dying on a reset, waiting on silence.
const secret = generateSecret();
const correct = flawedReceiver(secret, undefined, EVENT_TYPES);
const servers: { close: () => Promise<void> }[] = [];

async function serveRaw(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/woes`, server };
}

/** Answers 200 and streams `x` for ever (until the client goes away); counts what it managed to send. */
function endless(): { listener: (req: IncomingMessage, res: ServerResponse) => void; sent: () => number } {
  let sent = 0;
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk)) sent += chunk.byteLength;
    };
    res.on('drain', pump);
    pump();
  };
  return { listener, sent: () => sent };
}

let endlessReceiver: Awaited<ReturnType<typeof serveRaw>>;
let endlessSent: () => number;

beforeAll(async () => {
  const stream = endless();
  endlessReceiver = await serveRaw(stream.listener);
  endlessSent = stream.sent;
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('a receiver that streams an endless answer', () => {
  it('costs the suite a bounded read: the case is judged on the status and the connection dropped', async () => {
    const report = await testReceiver({ url: endlessReceiver.url, secret, only: ['http.no-redirect'], timeoutMs: 5000 });
    expect(report.results.find((result) => result.id === 'http.no-redirect')).toMatchObject({ status: 'pass', statuses: [200] });
    // The server could push only what fits in socket buffers before the runner hung up.
    expect(endlessSent()).toBeLessThan(32 * 1024 * 1024);
  });

  it('costs `send` a bounded read too', async () => {
    const attempt = await attemptDelivery({ url: endlessReceiver.url, secret, webhookId: 'evt_endless', body: '{}', timeoutMs: 5000 });
    expect(attempt).toMatchObject({ status: 200, outcome: 'delivered' });
    expect(attempt.responseBody.length).toBeLessThanOrEqual(4000);
  });

  it('shows a refusal body in full up to the bound, and says when it was cut', async () => {
    const long = `${'the receiver explains at length. '.repeat(20)}THE FIX IS HERE`;
    const { url } = await serveRaw((req, res) => {
      req.resume();
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`${long}${'y'.repeat(RESPONSE_BYTES_KEPT)}`);
    });
    const report = await testReceiver({ url, secret, only: ['accept.rotation'] });
    const failure = report.results.find((result) => result.id === 'accept.rotation')?.failure ?? '';
    expect(failure).toContain('THE FIX IS HERE');
    expect(failure).toContain('…(cut: the body went on)');
    expect(failure.length).toBeLessThan(RESPONSE_BYTES_KEPT + 300);
  });
});

describe('a receiver that resets the connection', () => {
  it('fails that case and the suite goes on', async () => {
    const { url } = await serveHandler(correct).then((served) => {
      servers.push(served);
      return served;
    });
    // In front of the correct receiver: one case's answer is cut by a reset after the status line.
    const { url: resetting } = await serveRaw((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (body.includes('conformance_probe"')) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          res.write('{"rece');
          setTimeout(() => res.socket?.resetAndDestroy(), 20);
          return;
        }
        fetch(url, { method: 'POST', headers: req.headers as Record<string, string>, body })
          .then(async (answer) => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(Buffer.from(await answer.arrayBuffer())))
          .catch(() => res.writeHead(502).end());
      });
    });
    const report = await testReceiver({ url: resetting, secret, only: ['accept.'] });
    expect(report.results.filter((result) => result.status === 'fail')).toEqual([
      expect.objectContaining({
        id: 'accept.unknown-type',
        failure: expect.stringMatching(/^answered 200: \{"rece, then the response broke off \(ECONNRESET\); expected a 2xx and a complete response$/),
      }),
    ]);
    expect(report.passed).toBe(report.results.filter((result) => result.status !== 'skipped').length - 1);
  });

  it('an answer that starts and then stalls is bounded by --timeout too', async () => {
    const { url } = await serveRaw((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' });
      res.write('x');
    });
    const report = await testReceiver({ url, secret, only: ['http.no-redirect'], timeoutMs: 300 });
    expect(report.results.find((result) => result.id === 'http.no-redirect')?.failure).toBe(
      'answered 200: x, then the response broke off (timed out after 300 ms); expected no redirect and a complete response',
    );
  });

  it('a receiver that resets every connection stops the suite as a silent one does', async () => {
    const { url } = await serveRaw((req) => {
      req.resume();
      req.socket.resetAndDestroy();
    });
    const report = await testReceiver({ url, secret });
    expect(report.notRun).toBe(CONFORMANCE_SUITE.cases.length - SILENT_CASES_BEFORE_STOP);
    expect(report.diagnoses[0]?.headline).toMatch(
      /^Stopped after 3 cases in a row got no answer \(ECONNRESET\): the receiver drops the connection or is down\./,
    );
  });

  it('before any answer, fails that case the same way, not the suite', async () => {
    const { url } = await serveRaw((req) => {
      req.resume();
      req.socket.resetAndDestroy();
    });
    const report = await testReceiver({ url, secret, only: ['http.no-redirect', 'accept.rotation'] });
    expect(report.results.filter((result) => result.status === 'fail').map((result) => result.failure)).toEqual([
      'no answer (ECONNRESET); expected a 2xx',
      'no answer (ECONNRESET); expected a 2xx',
    ]);
  });

  it('still reports a receiver nothing answers for at all as one setup mistake', async () => {
    const { url, server } = await serveRaw(() => undefined);
    await new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    await expect(testReceiver({ url, secret })).rejects.toMatchObject({ code: 'receiver_unreachable' });
  });
});

describe('a receiver that never answers', () => {
  it(`stops the suite after ${SILENT_CASES_BEFORE_STOP} silent cases in a row, and says so in every format`, async () => {
    // It stops sending, not just counting: the receiver sees exactly the cases that ran (a clock
    // would measure the machine as well).
    let received = 0;
    const { url } = await serveRaw((req) => {
      received += 1;
      req.resume();
    });
    const report = await testReceiver({ url, secret, timeoutMs: 200 });
    expect(received).toBe(SILENT_CASES_BEFORE_STOP);
    expect(report.failed).toBe(SILENT_CASES_BEFORE_STOP);
    expect(report.notRun).toBe(CONFORMANCE_SUITE.cases.length - SILENT_CASES_BEFORE_STOP);
    expect(report.diagnoses).toEqual([
      expect.objectContaining({
        code: 'receiver_silent',
        headline: expect.stringMatching(/^Stopped after 3 cases in a row got no answer \(timed out after 200 ms\): the receiver hangs or is down\./),
      }),
    ]);
    expect(renderTable(report)).toMatch(
      /\n0 passed, 3 failed, 0 skipped, \d+ not run in [\d.]+ s: the receiver does NOT conform\.\nCause: Stopped after 3 cases/,
    );
    expect(renderJunit(report)).toMatch(/<skipped message="not run: Stopped after 3 cases/);
    expect(JSON.parse(renderJson(report))).toMatchObject({ notRun: report.notRun, diagnoses: [{ code: 'receiver_silent' }] });
  });

  it('stops a receiver that answers a status line and then drips a byte at a time, as a silent one', async () => {
    // Each answer would take the whole --timeout (15 s by default: 51 cases, 13 minutes).
    const { url } = await serveRaw((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' });
      const drip = setInterval(() => res.write('x'), 50);
      res.on('close', () => clearInterval(drip));
    });
    const start = performance.now();
    const report = await testReceiver({ url, secret, timeoutMs: 300 });
    expect(performance.now() - start).toBeLessThan(300 * (SILENT_CASES_BEFORE_STOP + 5));
    expect(report.failed).toBe(SILENT_CASES_BEFORE_STOP);
    expect(report.diagnoses[0]).toMatchObject({
      code: 'receiver_silent',
      headline: expect.stringMatching(
        /^Stopped after 3 cases in a row got no whole answer \(answered 200, then timed out after 300 ms\): the receiver starts answering and then stalls/,
      ),
    });
  });

  it(`stops a receiver that stalls on every other case after ${SILENT_CASES_IN_ALL_BEFORE_STOP} such cases in all`, async () => {
    let count = 0;
    const { url } = await serveHandler(async (request) => {
      if (request.method === 'POST' && count++ % 2 === 1) return new Promise<Response>(() => undefined);
      return correct(request);
    }).then((served) => {
      servers.push(served);
      return served;
    });
    const report = await testReceiver({ url, secret, timeoutMs: 300 });
    expect(report.failed).toBe(SILENT_CASES_IN_ALL_BEFORE_STOP);
    expect(report.notRun).toBeGreaterThan(0);
    expect(report.diagnoses[0]?.headline).toMatch(/^Stopped after 6 cases in all got no answer \(timed out after 300 ms\): the receiver hangs or is down\./);
  });

  it("keeps going when silence is not in a row (one hanging case is that case's failure)", async () => {
    const { url } = await serveHandler(async (request) => {
      const body = await request.clone().text();
      if (body.includes('conformance_probe"')) return new Promise<Response>(() => undefined);
      return correct(new Request(request.url, { method: request.method, headers: request.headers, body }));
    }).then((served) => {
      servers.push(served);
      return served;
    });
    // (This receiver reads whole bodies, so the oversized cases would hang on it too.) The
    // timeout also bounds the correct answers: long enough that none of them nears it when loaded.
    const report = await testReceiver({ url, secret, timeoutMs: 3000, skip: ['limits.'] });
    expect(report.notRun).toBe(0);
    expect(report.results.filter((result) => result.status === 'fail').map((result) => result.id)).toEqual(['accept.unknown-type']);
  });

  it('honours a deadline for the whole run', async () => {
    // Answers every delivery correctly, slowly.
    const { url } = await serveHandler(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return correct(request);
    }).then((served) => {
      servers.push(served);
      return served;
    });
    // Every case takes 100 ms or more, so the suite takes seconds whatever the machine; the first
    // case is in well before the deadline even on a loaded one.
    const report = await testReceiver({ url, secret, deadlineMs: 1500 });
    expect(report.passed).toBeGreaterThan(0);
    expect(report.notRun).toBeGreaterThan(0);
    expect(report.passed + report.notRun + report.failed).toBe(CONFORMANCE_SUITE.cases.length);
    expect(report.diagnoses[0]).toMatchObject({
      code: 'deadline_reached',
      headline: expect.stringMatching(/^The suite deadline \(1500 ms\) passed after \d+ case\(s\)/),
    });
  });
});

describe('an oversized body', () => {
  it('in-process too: the handler gets the first bytes of a body whose rest never comes', async () => {
    const bounded = createFetchHandler({ secret, onEvent: () => undefined });
    const bounds = await testReceiver({ fetch: bounded, secret, only: ['limits.'], timeoutMs: 3000 });
    expect(bounds.results.filter((result) => result.status !== 'skipped').map((result) => [result.id, result.status, result.statuses])).toEqual([
      ['limits.body-too-large.declared', 'pass', [413]],
      ['limits.body-too-large.chunked', 'pass', [413]],
    ]);
    // A handler that reads the whole body first waits for bytes that never come.
    const unbounded = flawedReceiver(secret, 'buffers-whole-body', EVENT_TYPES);
    const waits = await testReceiver({ fetch: unbounded, secret, only: ['limits.body-too-large.chunked'], timeoutMs: 300 });
    expect(waits.results.find((result) => result.id === 'limits.body-too-large.chunked')?.failure).toMatch(
      /^no answer \(timed out after 300 ms\); expected 413/,
    );
  });

  it('is refused in time by a receiver that judges the declared length and takes no body without one (413 and 411)', async () => {
    // Reads nothing before answering, as Python's http.server receivers do; then closes.
    const { url } = await serveRaw((req, res) => {
      const length = req.headers['content-length'];
      const status = length === undefined ? 411 : Number(length) > 65_536 ? 413 : 400;
      res.writeHead(status, { connection: 'close', 'content-type': 'application/json' }).end('{}');
    });
    const report = await testReceiver({ url, secret, only: ['limits.body-too-large'], timeoutMs: 3000 });
    expect(report.results.filter((result) => result.status !== 'skipped').map((result) => [result.id, result.status, result.statuses])).toEqual([
      ['limits.body-too-large.declared', 'pass', [413]],
      ['limits.body-too-large.chunked', 'pass', [411]],
    ]);
  });
});

describe('a receiver URL with credentials', () => {
  it('is refused before anything is sent, without printing the password', async () => {
    const attempt = testReceiver({ url: 'http://woes:hunter2@127.0.0.1:9/webhooks/woes', secret });
    await expect(attempt).rejects.toBeInstanceOf(ContractKitError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_option',
      message: expect.stringContaining('http://***@127.0.0.1:9/webhooks/woes carries a user name or password'),
    });
    await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining('hunter2') });
    await expect(testReceiver({ url: 'http://127.0.0.1:9/webhooks/woes', inspect: 'http://woes:hunter2@127.0.0.1:9/__woes', secret })).rejects.toMatchObject({
      code: 'invalid_option',
      message: expect.not.stringContaining('hunter2'),
    });
  });
});
