import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { BROKEN_RECEIVER_CASES } from './broken-receiver-cases.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';
import { requireTools } from '../support/require-tools.js';
import { runToSuccess } from '../support/run-process.js';

requireTools('python3');

// The case data is language-neutral: a runner in Python's standard library (no JavaScript,
// no signing library) executes generated/conformance/cases.json and reaches the same verdicts.
const secret = generateSecret();
let correct: Awaited<ReturnType<typeof serveHandler>>;
let acceptsAnything: Awaited<ReturnType<typeof serveHandler>>;

beforeAll(async () => {
  correct = await serveHandler(flawedReceiver(secret, undefined, EVENT_TYPES));
  acceptsAnything = await serveHandler(flawedReceiver(secret, 'accepts-anything', EVENT_TYPES));
});
afterAll(async () => {
  await Promise.all([correct.close(), acceptsAnything.close()]);
});

// A run is seconds of requests to receivers in this process; only a hung one reaches the deadline.
const RUN_DEADLINE_S = 180;

async function runPython(args: readonly string[]): Promise<Record<string, string>> {
  const { stdout } = await runToSuccess('python3', ['test/contract-kit/support/run_cases.py', 'generated/conformance/cases.json', ...args], {
    what: 'run_cases.py running the conformance cases',
    deadlineSeconds: RUN_DEADLINE_S,
  });
  return JSON.parse(stdout) as Record<string, string>;
}

describe('a Python harness runs the same case data', { timeout: (RUN_DEADLINE_S + 10) * 1000 }, () => {
  it('passes every case, inspection included, against a conforming receiver', async () => {
    const results = await runPython([correct.url, secret, `${correct.origin}/__woes`]);
    expect(Object.keys(results)).toEqual(CONFORMANCE_SUITE.cases.map((testCase) => testCase.id));
    expect(Object.entries(results).filter(([, verdict]) => verdict !== 'pass')).toEqual([]);
  });

  it('fails exactly the refusal cases against a receiver that accepts anything', async () => {
    const results = await runPython([acceptsAnything.url, secret]);
    const failed = Object.entries(results)
      .filter(([, verdict]) => verdict !== 'pass')
      .map(([id]) => id)
      .sort();
    expect(failed).toEqual([...(BROKEN_RECEIVER_CASES.find((item) => item.flaw === 'accepts-anything')?.caughtBy ?? ['missing'])].sort());
  });
});
