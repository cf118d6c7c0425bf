import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Builds in Docker images and CI jobs have no runtime secrets: the Next.js recipe must build
// without WOES_WEBHOOK_SECRET (its route builds the handler on the first request). The build goes
// to a folder of its own (WOES_NEXT_DIST_DIR, read by next.config.mjs), apart from the `.next`
// of the recipe's `next dev` in test/contract-kit/examples.test.ts, which may run beside it.
const APP = 'examples/nextjs';
const DIST = `.next-build-${process.pid}`;

afterAll(() => rm(join(APP, DIST), { recursive: true, force: true }));

function nextBuild(): Promise<{ code: number | null; output: string }> {
  const { WOES_WEBHOOK_SECRET: _secret, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(join(process.cwd(), 'node_modules/.bin/next'), ['build'], {
      cwd: APP,
      env: { ...env, NEXT_TELEMETRY_DISABLED: '1', WOES_NEXT_DIST_DIR: DIST },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the Next.js recipe', () => {
  it('passes `next build` with no WOES_WEBHOOK_SECRET in the environment', { timeout: 240_000 }, async () => {
    const { code, output } = await nextBuild();
    expect(output).not.toContain('invalid_secret');
    expect(code, output.slice(-2000)).toBe(0);
    expect(output).toMatch(/ƒ \/api\/webhooks/); // dynamic: built, never prerendered
  });
});
