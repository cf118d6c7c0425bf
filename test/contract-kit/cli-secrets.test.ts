import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';

// The CLI in-process (runCli with its io): the same code path as the binary, without a
// subprocess per case. cli.test.ts keeps one subprocess run per command for the wiring.
const secret = generateSecret();
const tmp = mkdtempSync(join(tmpdir(), 'woes-secrets-'));
let receiver: Awaited<ReturnType<typeof serveHandler>>;

beforeAll(async () => {
  receiver = await serveHandler(flawedReceiver(secret, undefined, EVENT_TYPES));
});
afterAll(async () => {
  await receiver.close();
});

async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<{ exit: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runCli(WOES_WEBHOOKS, args, { out: (line) => out.push(line), err: (line) => err.push(line), cwd: tmp, env });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

const secretFile = (content: string): string => {
  const file = join(tmp, `secret-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, content);
  return file;
};

describe('the secret without the command line (where ps shows it)', () => {
  it.each([
    {
      name: 'test-receiver, from WOES_WEBHOOK_SECRET',
      args: () => ['test-receiver', '--url', receiver.url, '--only', 'http.no-redirect'],
      env: () => ({ WOES_WEBHOOK_SECRET: secret }),
    },
    {
      name: 'test-receiver, from --secret-file (trailing newline trimmed)',
      args: () => ['test-receiver', '--url', receiver.url, '--only', 'http.no-redirect', '--secret-file', secretFile(`${secret}\n`)],
      env: () => ({}),
    },
    { name: 'send, from WOES_WEBHOOK_SECRET', args: () => ['send', 'issue.created', '--url', receiver.url], env: () => ({ WOES_WEBHOOK_SECRET: secret }) },
    { name: 'send, from --secret-file', args: () => ['send', 'issue.created', '--url', receiver.url, '--secret-file', secretFile(secret)], env: () => ({}) },
  ])('$name', async ({ args, env }) => {
    const result = await cli(args(), env());
    expect(result.err).toBe('');
    expect(result.exit).toBe(0);
  });

  it('--secret-file wins over the environment; a wrong file secret fails verification, not silently the env one', async () => {
    const result = await cli(['test-receiver', '--url', receiver.url, '--only', 'accept.rotation', '--secret-file', secretFile(generateSecret())], {
      WOES_WEBHOOK_SECRET: secret,
    });
    expect(result.exit).toBe(1);
  });
});

/** Bad secret or URL input: one line naming the problem and the fix, exit 2, nothing leaked. */
const BAD_INPUT: readonly { readonly name: string; readonly args: readonly string[]; readonly env?: Record<string, string>; readonly says: RegExp }[] = [
  {
    name: 'no secret anywhere',
    args: ['test-receiver', '--url', 'http://127.0.0.1:9/hook'],
    says: /secret .*is required: set WOES_WEBHOOK_SECRET or pass --secret-file <path> \(a --secret on the command line is visible to other users in ps\)/,
  },
  {
    name: 'both --secret and --secret-file',
    args: ['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook', '--secret', 'whsec_x', '--secret-file', 'x'],
    says: /give --secret or --secret-file, not both/,
  },
  {
    name: 'an unreadable --secret-file',
    args: ['test-receiver', '--url', 'http://127.0.0.1:9/hook', '--secret-file', 'missing.txt'],
    says: /cannot read --secret-file "missing\.txt" \(ENOENT\)/,
  },
  {
    name: 'an invalid secret in the environment',
    args: ['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook'],
    env: { WOES_WEBHOOK_SECRET: 'hunter2' },
    says: /WOES_WEBHOOK_SECRET is not a valid secret/,
  },
  {
    name: 'test-receiver: a URL with credentials',
    args: ['test-receiver', '--url', 'http://woes:hunter2@127.0.0.1:9/hook'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /^woes-webhooks test-receiver: --url http:\/\/\*\*\*@127\.0\.0\.1:9\/hook carries a user name or password; Woes sends none, so remove them/,
  },
  {
    name: 'test-receiver: an --inspect URL with credentials',
    args: ['test-receiver', '--url', 'http://127.0.0.1:9/hook', '--inspect', 'https://woes:hunter2@127.0.0.1:9/__woes'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /--inspect https:\/\/\*\*\*@127\.0\.0\.1:9\/__woes carries a user name or password/,
  },
  {
    name: 'send: a URL with credentials',
    args: ['send', 'issue.created', '--url', 'http://woes:hunter2@127.0.0.1:9/hook'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /--url http:\/\/\*\*\*@127\.0\.0\.1:9\/hook carries a user name or password/,
  },
  {
    name: 'a URL with credentials and no scheme',
    args: ['send', 'issue.created', '--url', 'woes:hunter2@localhost/hook'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /--url must be an http or https URL, got "\*\*\*@localhost\/hook"/,
  },
];

describe('bad secret and URL input', () => {
  it.each(BAD_INPUT)('$name', async ({ args, env, says }) => {
    const result = await cli(args, env);
    expect(result.err).toMatch(says);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(`${result.out}${result.err}`).not.toContain('hunter2');
    expect(result.exit).toBe(2);
  });
});

describe('test-receiver --deadline', () => {
  it('reports the cases it did not reach and exits 1', async () => {
    const result = await cli(['test-receiver', '--url', receiver.url, '--deadline', '1', '--reporter', 'json'], { WOES_WEBHOOK_SECRET: secret });
    const report = JSON.parse(result.out) as { notRun: number; diagnoses: { code: string }[] };
    expect(report.notRun).toBeGreaterThan(0);
    expect(report.diagnoses[0]?.code).toBe('deadline_reached');
    expect(result.exit).toBe(1);
  });
});
