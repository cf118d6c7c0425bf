import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SigningVectors } from '../signing/run-vectors.js';
import { runProcess } from '../../support/run-process.js';

// The signing vectors under Deno and Bun, from the repository's TypeScript as each runtime
// loads it: offline (--no-remote), read-only, with a throwaway cache directory.
const ENTRY = 'test/runtime/platforms/run-vectors-entry.ts';
const cache = mkdtempSync(join(tmpdir(), 'woes-runtimes-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const vectors = JSON.parse(readFileSync('test/vectors/signing.json', 'utf8')) as SigningVectors;
// The known answer and each signing case; each delivery verified once; accepted ones with `signedWith` re-signed.
const expectedTotal = 1 + vectors.signatures.length + vectors.deliveries.length + vectors.deliveries.filter((vector) => vector.signedWith).length;

const RUNS = {
  deno: ['node_modules/.bin/deno', ['run', '--no-remote', '--no-lock', '--no-config', '--sloppy-imports', '--allow-read', ENTRY]],
  bun: ['node_modules/.bin/bun', [ENTRY]],
} as const;
const env = { ...process.env, DENO_DIR: join(cache, 'deno'), NO_COLOR: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' };
// A run takes a second or two; only a hung runtime reaches this. The test's own timeout is above it.
const deadlineSeconds = 120;
const timeout = (deadlineSeconds + 10) * 1000;

describe.each([
  ['deno', 'node'],
  ['deno', 'web'],
  ['bun', 'node'],
  ['bun', 'web'],
] as const)('the signing vectors on %s with the %s crypto backend', (runtime, backend) => {
  it('all pass', { timeout }, async () => {
    const [command, args] = RUNS[runtime];
    const result = await runProcess(command, [...args, ...(backend === 'web' ? ['web'] : [])], {
      what: `${runtime} running the signing vectors (${backend} backend)`,
      env,
      deadlineSeconds,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ backend, total: expectedTotal, failures: [] });
  });
});

// The Fetch adapter behind each runtime's own server (Deno.serve, Bun.serve) on 127.0.0.1.
const SERVE = 'test/runtime/platforms/fetch-handler-entry.ts';
describe.each([
  ['deno', 'node_modules/.bin/deno', ['run', '--no-remote', '--no-lock', '--no-config', '--sloppy-imports', '--allow-read', '--allow-net=127.0.0.1', SERVE]],
  ['bun', 'node_modules/.bin/bun', [SERVE]],
] as const)('createFetchHandler served by %s', (runtime, command, args) => {
  it('answers 204 to a genuine delivery and 401 { code } to a tampered one', { timeout }, async () => {
    const result = await runProcess(command, args, { what: `${runtime} serving createFetchHandler`, env, deadlineSeconds });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      genuine: { status: 204, body: '' },
      tampered: { status: 401, body: JSON.stringify({ code: 'no_matching_signature' }) },
      received: ['message.created'],
    });
  });
});
