import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { BROKEN_RECEIVER_CASES } from './broken-receiver-cases.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';

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

function runPython(args: readonly string[]): Promise<Record<string, string>> {
  const child = spawn('python3', ['test/contract-kit/support/run_cases.py', 'generated/conformance/cases.json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout) as Record<string, string>) : reject(new Error(`run_cases.py exited ${String(code)}: ${stderr}`)),
    ),
  );
}

describe('a Python harness runs the same case data', () => {
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
