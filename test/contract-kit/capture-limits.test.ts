import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { AttemptLog, BYTES_PER_ATTEMPT, BYTES_PER_HEADER, storedBytes } from '../../src/contract-kit/capture/attempt-log.js';
import { startCaptureServer } from '../../src/contract-kit/capture/capture-server.js';
import type { CapturedAttempt } from '../../src/contract-kit/capture/captured-attempt.js';
import { buildCaptureReport, MAX_PROBLEM_CHARS, MAX_PROBLEMS_KEPT, renderCaptureReport } from '../../src/contract-kit/capture/contract-report.js';
import { deliver } from '../../src/contract-kit/delivery/delivery-client.js';
import { DELIVERY } from '../../generated/catalog.js';
import { generateSecret } from '../../src/runtime/index.js';
import { SECRET_SAMPLES } from '../support/secret-samples.js';

const LIMIT = DELIVERY.limits.maxPayloadBytes;
const event = (overrides: Record<string, unknown> = {}): { id: string } & Record<string, unknown> => ({
  ...(structuredClone(EVENT_EXAMPLES['issue.created'][0]?.payload) as unknown as Record<string, unknown>),
  id: crypto.randomUUID(),
  ...overrides,
});

/**
 * POSTs `total` bytes of `fill` in 64 KiB chunks, without content-length (chunked, as a
 * streaming producer would), and stops writing as soon as an answer arrives. Resolves to the
 * status and how many bytes were written by then.
 */
function streamBody(url: string, total: number, fill: number): Promise<{ status: number | undefined; written: number }> {
  const chunk = Buffer.alloc(64 * 1024, fill);
  return new Promise((resolve) => {
    let written = 0;
    let status: number | undefined;
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': 'msg_oversized' } }, (res) => {
      status = res.statusCode;
      res.resume();
      res.once('end', () => resolve({ status, written }));
    });
    // A refused upload ends with the server closing the connection; the answer is what counts.
    req.once('error', () => resolve({ status, written }));
    const pump = (): void => {
      while (status === undefined && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (written >= total) req.end();
    };
    pump();
  });
}

describe('capture under hostile producers', () => {
  it('answers 413 while reading a body past the contract limit, without reading the rest', async () => {
    const server = await startCaptureServer({ secret: generateSecret() });
    try {
      const { status, written } = await streamBody(server.url, 64 * 1024 * 1024, 0x20);
      expect(status).toBe(413);
      // The answer came long before the 64 MB were sent (socket buffers hold a few MB at most).
      expect(written).toBeLessThan(16 * 1024 * 1024);
      const [attempt] = server.attempts();
      expect(attempt?.answer).toBe(413);
      expect(attempt?.body).toBe('');
      expect(attempt?.oversizedBytes).toBeGreaterThan(LIMIT);
      const report = await server.report();
      expect(report.checks.filter((check) => !check.ok).map((check) => check.id)).toEqual(['body-size']);
      expect(report.checks.find((check) => check.id === 'body-size')?.problems[0]).toMatch(
        new RegExp(`msg_oversized attempt 1: the body exceeds the contract's ${LIMIT} bytes`),
      );
    } finally {
      await server.close();
    }
  });

  it('refuses at once when content-length alone is past the limit', async () => {
    const server = await startCaptureServer({ secret: generateSecret() });
    try {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(LIMIT + 1) });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'body_too_large' });
    } finally {
      await server.close();
    }
  });

  it('survives a 100 MB body followed by a request for the attempts, and keeps what it recorded', async () => {
    const secret = generateSecret();
    const server = await startCaptureServer({ secret });
    try {
      expect((await deliver({ url: server.url, secret, event: event(), timeScale: 0.0001 })).state).toBe('delivered');
      // Control bytes: serialized as JSON, each becomes six characters, past a string's limit.
      expect((await streamBody(server.url, 100 * 1024 * 1024, 0x01)).status).toBe(413);
      const response = await fetch(`http://127.0.0.1:${server.port}/__capture/attempts`);
      expect(response.status).toBe(200);
      const attempts = (await response.json()) as CapturedAttempt[];
      expect(attempts.map((attempt) => attempt.answer)).toEqual([200, 413]);
      const report = (await (await fetch(`http://127.0.0.1:${server.port}/__capture/report`)).json()) as { attempts: number };
      expect(report.attempts).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('streams a large attempt log to /__capture/attempts element by element', async () => {
    const server = await startCaptureServer({ secret: generateSecret() });
    try {
      const body = JSON.stringify({ padding: '\u0001'.repeat(LIMIT / 8) }); // escaped six times over in the listing
      for (let index = 0; index < 150; index++) {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': `msg_${index}` }, body });
        expect(response.status).toBe(200);
      }
      const listed = (await (await fetch(`http://127.0.0.1:${server.port}/__capture/attempts`)).json()) as CapturedAttempt[];
      expect(listed.map((attempt) => attempt.headers['webhook-id'])).toEqual(Array.from({ length: 150 }, (_, index) => `msg_${index}`));
      expect(listed.every((attempt) => attempt.body === body)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it.each([
    { limit: 'attempts', options: { maxAttempts: 3 }, sent: 5, kept: 3 },
    // Each attempt counts about 2,100 bytes (its 830-byte body, eight headers, what holding them costs): room for two.
    { limit: 'stored bytes', options: { maxStoredBytes: 5000 }, sent: 4, kept: 2 },
  ])('keeps a bounded log ($limit): drops the oldest first and the report says so', async ({ options, sent, kept }) => {
    const secret = generateSecret();
    const server = await startCaptureServer({ secret, ...options });
    try {
      const ids: string[] = [];
      for (let index = 0; index < sent; index++) {
        const value = event({ sequence: index + 1, occurredAt: `2026-06-28T18:0${index}:00.000Z` });
        ids.push(value.id);
        await deliver({ url: server.url, secret, event: value, timeScale: 0.0001 });
      }
      expect(server.attempts().map((attempt) => attempt.headers['webhook-id'])).toEqual(ids.slice(sent - kept));
      const report = await server.report();
      expect(report.attempts).toBe(kept);
      expect(report.dropped.attempts).toBe(sent - kept);
      expect(report.ok).toBe(true);
      expect(renderCaptureReport(report)).toContain(`The ${sent - kept} oldest attempts`);
    } finally {
      await server.close();
    }
  });
});

describe('the attempt log', () => {
  const attempt = (id: string, attemptIndex: number, body = '{}'): CapturedAttempt => ({
    attemptIndex,
    path: '/',
    headers: { 'webhook-id': id },
    body,
    receivedAt: 0,
    answer: 200,
    endedAt: 0,
  });

  it('counts attempts per webhook-id from its index, and forgets an id once all its attempts are dropped', () => {
    const log = new AttemptLog({ maxAttempts: 3, maxStoredBytes: 4096 });
    expect(log.nextIndex('a')).toBe(0);
    log.add(attempt('a', 0));
    log.add(attempt('a', 1));
    log.add(attempt('b', 0));
    expect([log.nextIndex('a'), log.nextIndex('b'), log.nextIndex('c')]).toEqual([2, 1, 0]);
    log.add(attempt('c', 0)); // drops a#0: a still has a kept attempt
    expect(log.nextIndex('a')).toBe(2);
    log.add(attempt('c', 1)); // drops a#1: nothing of a is kept
    expect(log.nextIndex('a')).toBe(0);
    expect(log.list().map((item) => `${item.headers['webhook-id']}#${item.attemptIndex}`)).toEqual(['b#0', 'c#0', 'c#1']);
    // Each dropped attempt held body `{}`, path `/` and header `webhook-id: a`, with their overhead.
    expect(log.dropped).toEqual({ attempts: 2, bytes: 2 * (BYTES_PER_ATTEMPT + BYTES_PER_HEADER + 14) });
  });
});

describe('capture finds secrets in the decoded body', () => {
  // Every character of the secret written as a JSON \u escape: the raw text holds no secret at all.
  const escaped = (text: string): string => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

  it.each(SECRET_SAMPLES)('a $kind, even written with JSON escapes', async ({ text }) => {
    const base = JSON.stringify(event({ debug: 'PLACEHOLDER' }));
    for (const body of [base.replace('PLACEHOLDER', JSON.stringify(text).slice(1, -1)), base.replace('PLACEHOLDER', escaped(text))]) {
      const attempts: CapturedAttempt[] = [
        { attemptIndex: 0, path: '/', headers: { 'webhook-id': 'msg_1' }, body, receivedAt: Date.now(), answer: 200, endedAt: Date.now() },
      ];
      const report = await buildCaptureReport(attempts, { secret: generateSecret(), timeScale: 1 });
      const problems = report.checks.find((check) => check.id === 'no-secrets')?.problems ?? [];
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/^msg_1 attempt 1: contains a .+ at \/debug$/);
      // The report names the kind and the place, never the secret.
      expect(JSON.stringify(report)).not.toContain(text.slice(0, 20));
    }
  });
});

describe('capture stays bounded by everything it keeps', () => {
  /** One raw POST with the given headers and body; resolves to the status. */
  const post = (url: string, headers: Record<string, string>, body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      });
      req.once('error', reject);
      req.end(body);
    });

  it('counts header bytes in its bound: 14 KB headers drop the oldest attempts, as bodies would', async () => {
    const server = await startCaptureServer({ secret: generateSecret(), maxStoredBytes: 1024 * 1024 });
    try {
      for (let index = 0; index < 100; index++)
        expect(await post(server.url, { 'webhook-id': `msg_${index}`, 'x-padding': 'p'.repeat(14 * 1024) }, '{}')).toBe(200);
      const report = await server.report();
      // 100 × 14 KB of headers is 1.4 MB: about 70 fit in 1 MiB. The bodies alone (200 bytes) would keep all.
      expect(report.dropped.attempts).toBeGreaterThan(20);
      expect(report.attempts + report.dropped.attempts).toBe(100);
      expect(server.attempts().at(-1)?.headers['webhook-id']).toBe('msg_99');
    } finally {
      await server.close();
    }
  });

  it('counts what holding many small headers costs, and refuses a header section over 16 KiB', async () => {
    const server = await startCaptureServer({ secret: generateSecret(), maxStoredBytes: 2 * 1024 * 1024 });
    try {
      // 400 headers of a few bytes each: about 40 KB in memory per attempt, ten times their text.
      const many = Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`x-${index}`, 'v']));
      for (let index = 0; index < 80; index++) expect(await post(server.url, { 'webhook-id': `msg_${index}`, ...many }, '{}')).toBe(200);
      expect(storedBytes(server.attempts()[0] as CapturedAttempt)).toBeGreaterThan(400 * BYTES_PER_HEADER);
      expect((await server.report()).dropped.attempts).toBeGreaterThan(20);
      expect(await post(server.url, { 'webhook-id': 'msg_huge', 'x-padding': 'p'.repeat(17 * 1024) }, '{}')).toBe(431);
    } finally {
      await server.close();
    }
  });

  it('reports 2,000 attempts with 15.5 KB ids in bounded size: the first problems of each check, ids cut short, the rest counted', async () => {
    const start = performance.now();
    const attempts: CapturedAttempt[] = Array.from({ length: 2000 }, (_, index) => ({
      attemptIndex: 0,
      path: '/webhooks/woes',
      headers: { 'webhook-id': `${String(index).padStart(6, '0')}${'i'.repeat(15_500)}`, 'webhook-timestamp': '1', 'webhook-signature': 'v1,AAAA' },
      body: '{"id":"not the header"}',
      receivedAt: Date.now(),
      answer: 200,
      endedAt: Date.now(),
    }));
    const report = await buildCaptureReport(attempts, { secret: generateSecret(), timeScale: 1 });
    expect(report.ok).toBe(false);
    for (const check of report.checks) {
      expect(check.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_KEPT);
      for (const problem of check.problems) expect(problem.length).toBeLessThanOrEqual(MAX_PROBLEM_CHARS);
    }
    const signatures = report.checks.find((check) => check.id === 'signatures');
    expect(signatures?.problems).toHaveLength(MAX_PROBLEMS_KEPT);
    expect(signatures?.problemsNotKept).toBe(2000 - MAX_PROBLEMS_KEPT);
    expect(signatures?.problems[0]).toMatch(/^000000i{74}… \(15506 characters\) attempt 1: /);
    const json = JSON.stringify(report);
    expect(json.length).toBeLessThan(1024 * 1024);
    const rendered = renderCaptureReport(report);
    expect(rendered).toContain(`… and ${2000 - 10} more`);
    expect(rendered.length).toBeLessThan(64 * 1024);
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it('judges bodies of deeply nested brackets one at a time: the parsed values are not kept for the report', async () => {
    // 32,768 `[` then as many `]`: valid JSON of 64 KiB that parses to 32,768 arrays (megabytes).
    const depth = LIMIT / 2;
    const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const attempts: CapturedAttempt[] = Array.from({ length: 300 }, (_, index) => ({
      attemptIndex: 0,
      path: '/webhooks/woes',
      headers: { 'webhook-id': `msg_${index}` },
      body,
      receivedAt: Date.now(),
      answer: 200,
      endedAt: Date.now(),
    }));
    const report = await buildCaptureReport(attempts, { secret: generateSecret(), timeScale: 1 });
    expect(report.attempts).toBe(300);
    expect(report.checks.find((check) => check.id === 'payloads')?.problems[0]).toMatch(
      /^msg_0 attempt 1: the body nests deeper than 64 levels; no event does$/,
    );
  });
});
