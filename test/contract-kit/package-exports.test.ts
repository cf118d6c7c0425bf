import { describe, expect, it } from 'vitest';
import { runProcess } from '../support/run-process.js';

// Through the package's own name (Node resolves a package's self-reference through its
// exports map), against dist/, which `npm test` builds first.
// A second each; only a hung process reaches the deadline, under the tests' timeout.
const node = (code: string) =>
  runProcess(process.execPath, ['--input-type=module', '-e', code], { what: 'node importing the subpath by name', deadlineSeconds: 60 });

describe('the ./testing and ./vitest subpaths', { timeout: 70_000 }, () => {
  it('@woes/webhooks/testing runs the suite in-process against a handler', async () => {
    const result = await node(`
      import { testReceiver, CONFORMANCE_SUITE } from '@woes/webhooks/testing';
      import { generateSecret } from '@woes/webhooks';
      const secret = generateSecret();
      const report = await testReceiver({ fetch: () => new Response('ok'), secret, only: ['signature.wrong-secret', 'deliver.'] });
      console.log(JSON.stringify({ cases: CONFORMANCE_SUITE.cases.length > 30, failed: report.results.filter((r) => r.status === 'fail').map((r) => r.id) }));
    `);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ cases: true, failed: ['signature.wrong-secret'] });
  });

  it('@woes/webhooks/vitest exports the matchers without loading vitest', async () => {
    const result = await node(`
      import { woesMatchers } from '@woes/webhooks/vitest';
      const { pass } = woesMatchers.toMatchWoesEvent({ type: 'nope.nope' }, 'conversation.created');
      console.log(JSON.stringify({ names: Object.keys(woesMatchers).sort(), pass }));
    `);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ names: ['toBeSignedWoesDelivery', 'toMatchWoesEvent'], pass: false });
  });
});
