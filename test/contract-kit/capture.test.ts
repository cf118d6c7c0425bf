import { describe, expect, it } from 'vitest';
import { startCaptureServer } from '../../src/contract-kit/capture/capture-server.js';
import { parseFailStep } from '../../src/contract-kit/capture/fail-plan.js';
import { classifyResponse, parseRetryAfter } from '../../src/contract-kit/delivery/classify-response.js';
import { generateSecret } from '../../src/runtime/index.js';
import { CAPTURE_CASES, TIME_SCALE } from './capture-cases.js';

describe('capture judges producers (real HTTP, reference delivery client)', () => {
  it.each(CAPTURE_CASES)('$name', async ({ fail, timeScale, produce, state, attempts, broken }) => {
    const secret = generateSecret();
    const server = await startCaptureServer({ secret, fail, timeScale: timeScale ?? TIME_SCALE });
    try {
      const finalState = await produce(server.url, secret);
      if (state !== undefined) expect(finalState).toBe(state);
      expect(server.attempts()).toHaveLength(attempts);
      const report = await server.report();
      const failed = report.checks.filter((check) => !check.ok);
      expect(failed.map((check) => check.id).sort()).toEqual([...broken].sort());
      for (const check of failed) expect(check.problems.length).toBeGreaterThan(0);
      expect(report.ok).toBe(broken.length === 0);
      // The same report over HTTP, for producers' tests in other languages.
      const overHttp = (await (await fetch(`http://127.0.0.1:${server.port}/__capture/report`)).json()) as { ok: boolean };
      expect(overHttp.ok).toBe(report.ok);
    } finally {
      await server.close();
    }
  });
});

describe('the delivery policy as data', () => {
  it.each([
    { status: 200, outcome: 'delivered' },
    { status: 204, outcome: 'delivered' },
    { status: 301, outcome: 'retry' },
    { status: 400, outcome: 'retry' },
    { status: 410, outcome: 'disabled' },
    { status: 500, outcome: 'retry' },
    { status: undefined, outcome: 'retry' },
  ] as const)('$status → $outcome', ({ status, outcome }) => {
    expect(classifyResponse({ status }).outcome).toBe(outcome);
  });

  it('honours retry-after only on 429 and 503, in seconds or as a date, capped by the spec', () => {
    expect(classifyResponse({ status: 429, retryAfter: '120' }).retryAfterSeconds).toBe(120);
    expect(
      classifyResponse({ status: 503, retryAfter: new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), nowMs: Date.UTC(2030, 0, 1) }).retryAfterSeconds,
    ).toBe(60);
    expect(classifyResponse({ status: 500, retryAfter: '120' }).retryAfterSeconds).toBeUndefined();
    expect(parseRetryAfter('99999999', 0)).toBe(86400);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('parses --fail steps and rejects nonsense with the expected form', () => {
    expect(parseFailStep('503x2')).toEqual({ mode: { kind: 'status', status: 503 }, attempts: 2 });
    expect(parseFailStep('timeout')).toEqual({ mode: { kind: 'timeout' }, attempts: 1 });
    expect(parseFailStep('429x1:retry-after=5')).toEqual({ mode: { kind: 'status', status: 429, retryAfterSeconds: 5 }, attempts: 1 });
    expect(() => parseFailStep('999')).toThrow(/999 is not an HTTP status/);
    expect(() => parseFailStep('often')).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});
