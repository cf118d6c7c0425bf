import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { generateSecret } from '../../src/runtime/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { createHandler } from '../../examples/fetch-handler/handler.js';
import { EXAMPLE_RECEIVERS } from './example-cases.js';
import { startExample, type RunningExample } from './support/start-example.js';

const running: RunningExample[] = [];
afterAll(async () => {
  await Promise.all(running.map((example) => example.stop()));
});

describe('every example receiver passes `woes-webhooks test-receiver --inspect`', () => {
  it.each(EXAMPLE_RECEIVERS)('$name', async ({ command }) => {
    const secret = generateSecret();
    const example = await startExample(command, { WOES_WEBHOOK_SECRET: secret, WOES_INSPECT: '1' });
    running.push(example);
    // The CLI as CI runs it: a subprocess, JSON report on stdout, exit code 0.
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', 'test-receiver', '--url', `${example.origin}/webhooks/woes`, '--secret', secret, '--inspect', `${example.origin}/__woes`, '--reporter', 'json'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(result.stdout) as { passed: number; failed: number; inspected: boolean; results: { id: string; status: string; failure?: string }[] };
    expect(report.results.filter((item) => item.status === 'fail')).toEqual([]);
    expect(report).toMatchObject({ passed: CONFORMANCE_SUITE.cases.length, failed: 0, inspected: true });
    expect(result.status).toBe(0);
    await example.stop();
  });
});

describe('in-process: testReceiver({ fetch, secret })', () => {
  it('runs the whole suite against the Fetch-API handler without a server', async () => {
    const secret = generateSecret();
    const report = await testReceiver({ fetch: createHandler({ secret, inspect: true }), secret, inspect: true });
    expect(report.results.filter((item) => item.status === 'fail')).toEqual([]);
    expect(report.passed).toBe(CONFORMANCE_SUITE.cases.length);
  });

  it('fails the same handler when it is given the wrong secret', async () => {
    const report = await testReceiver({ fetch: createHandler({ secret: generateSecret() }), secret: generateSecret(), only: ['deliver.', 'accept.rotation'] });
    expect(report.failed).toBe(report.results.filter((item) => item.status !== 'skipped').length);
    expect(report.results.find((item) => item.id === 'accept.rotation')?.failure).toMatch(/answered 400/);
  });
});
