import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecret } from '../../src/runtime/index.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { nodeWithTsx } from '../support/node-with-tsx.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';

// The quickstart, as a reader follows it: run docs/snippets/receive-webhook.ts (the page shows
// it byte for byte), then send it a signed test event with `woes-webhooks send`, and see it arrive.
const SNIPPET = 'docs/snippets/receive-webhook.ts';
const secret = generateSecret();
let server: ReturnType<typeof spawn>;
let url = '';
let printed = '';

beforeAll(async () => {
  // The snippet imports the package by name, which resolves to the build.
  if (!existsSync('dist/src/runtime/index.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this suite.');
  const [node, args] = nodeWithTsx(SNIPPET, []);
  server = spawn(node, args, { env: { ...process.env, WOES_WEBHOOK_SECRET: secret, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((ready, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+\/webhooks\/woes)/.exec(printed);
      if (match?.[1]) ready(match[1]);
    });
    server.once('exit', (code) => fail(new Error(`${SNIPPET} exited with ${String(code)} before listening`)));
  });
});

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('the quickstart', () => {
  it('shows the adapter receiver first, then the body reader for those who need one', () => {
    const page = readFileSync('docs/webhooks/quickstart.mdx', 'utf8');
    const adapter = page.indexOf('createNodeMiddleware({');
    const reader = page.indexOf('async function readBody(');
    expect(adapter).toBeGreaterThan(0);
    expect(reader).toBeGreaterThan(adapter);
    expect(page).toContain(readFileSync(SNIPPET, 'utf8').trim());
    expect(page).not.toContain('WebhookEvent`'); // the code returns ReceivedEvent
  });

  it('receives the test event `woes-webhooks send` signs and sends, as the page says', async () => {
    const sent = await runCliInProcess(WOES_WEBHOOKS, ['send', 'webhook.test', '--url', url.replace('localhost', '127.0.0.1'), '--secret', secret]);
    expect(sent.status, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/\b204\b/);
    await expect.poll(() => printed).toMatch(/received webhook\.test [0-9a-f-]{36}/);
  });

  it('answers an unsigned request 401 { code } without calling onEvent', async () => {
    const before = printed;
    const response = await fetch(url.replace('localhost', '127.0.0.1'), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'missing_header' });
    expect(printed).toBe(before);
  });
});
