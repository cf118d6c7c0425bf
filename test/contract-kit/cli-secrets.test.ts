import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
// Inputs that are not what they claim: a link to an endless device, files far too large.
symlinkSync('/dev/zero', join(tmp, 'zero.json'));
symlinkSync('/dev/zero', join(tmp, 'zero-secret'));
writeFileSync(join(tmp, 'big-secret'), `${generateSecret()}\n${' '.repeat(8192)}`);
writeFileSync(join(tmp, 'big.json'), `{"id":"x",${' '.repeat(2 * 1024 * 1024)}"type":"issue.created"}`);
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
    { name: 'capture, from WOES_WEBHOOK_SECRET', args: () => ['capture', '--port', '0', '--duration', '0.05'], env: () => ({ WOES_WEBHOOK_SECRET: secret }) },
    { name: 'capture, from --secret-file', args: () => ['capture', '--port', '0', '--duration', '0.05', '--secret-file', secretFile(secret)], env: () => ({}) },
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
    name: 'capture: no secret anywhere',
    args: ['capture', '--port', '0'],
    says: /secret .*is required: set WOES_WEBHOOK_SECRET or pass --secret-file <path>/,
  },
  {
    name: 'a --secret-file that links to /dev/zero (read for ever)',
    args: ['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook', '--secret-file', 'zero-secret'],
    says: /^woes-webhooks send: cannot read --secret-file "zero-secret" \(a character device, not a regular file\); give a file holding the whsec_… secret\.$/,
  },
  {
    name: 'a --secret-file that is a folder',
    args: ['test-receiver', '--url', 'http://127.0.0.1:9/hook', '--secret-file', '.'],
    says: /cannot read --secret-file "\." \(a folder, not a regular file\)/,
  },
  {
    name: 'a --secret-file far larger than a secret',
    args: ['capture', '--port', '0', '--secret-file', 'big-secret'],
    says: /cannot read --secret-file "big-secret" \(larger than 4096 bytes\)/,
  },
  {
    name: 'send: an event file that links to /dev/zero',
    args: ['send', './zero.json', '--url', 'http://127.0.0.1:9/hook'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /^woes-webhooks send: cannot read "\.\/zero\.json" \(a character device, not a regular file\); give an event type or a \.json file holding one event\.$/,
  },
  {
    name: 'send: an event file larger than the contract allows',
    args: ['send', './big.json', '--url', 'http://127.0.0.1:9/hook'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /cannot read "\.\/big\.json" \(larger than 1048576 bytes\); give an event type or a \.json file holding one event \(at most 65536 bytes as compact JSON\)\./,
  },
  {
    name: 'send: an id that is not a header value',
    args: ['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook', '--set', 'id=a\u001b[31mb'],
    env: { WOES_WEBHOOK_SECRET: generateSecret() },
    says: /^woes-webhooks send: webhook-id must be a non-empty string of visible ASCII characters .*got "a\\u001b\[31mb"/,
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

/** URLs whose query carries a credential, as webhook URLs with a `?token=` do: never printed. */
const QUERY_CREDENTIALS: readonly { readonly name: string; readonly query: string }[] = [
  { name: '?token=', query: '?token=hunter2-in-the-query' },
  { name: '?access_token= among other parameters', query: '?env=staging&access_token=hunter2-in-the-query' },
  { name: "Azure's ?sig=", query: '?sv=2021-06-08&sig=hunter2-in-the-query' },
  { name: 'a secret-looking value under any name', query: '?x=whsec_aHVudGVyMi1pbi10aGUtcXVlcnk=' },
];

describe('a credential in the query of --url is never printed', () => {
  const leaks = (text: string): boolean => text.includes('hunter2-in-the-query') || text.includes('aHVudGVyMi1pbi10aGUtcXVlcnk');
  it.each(QUERY_CREDENTIALS)('test-receiver, every reporter, with $name', async ({ query }) => {
    for (const reporter of ['table', 'json', 'junit']) {
      const result = await cli(['test-receiver', '--url', `${receiver.url}${query}`, '--only', 'http.no-redirect', '--reporter', reporter], {
        WOES_WEBHOOK_SECRET: secret,
      });
      expect(result.out).toContain('***');
      expect(leaks(`${result.out}${result.err}`)).toBe(false);
      expect(result.exit).toBe(0);
    }
  });

  it.each(QUERY_CREDENTIALS)('send, with $name', async ({ query }) => {
    const result = await cli(['send', 'issue.created', '--url', `${receiver.url}${query}`], { WOES_WEBHOOK_SECRET: secret });
    expect(result.out).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/webhooks\/woes\?.*\*\*\* → 2\d\d in/);
    expect(leaks(`${result.out}${result.err}`)).toBe(false);
    expect(result.exit).toBe(0);
  });

  it('nor when nothing answers there', async () => {
    const result = await cli(['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook?token=hunter2-in-the-query'], { WOES_WEBHOOK_SECRET: secret });
    expect(result.err).toMatch(/nothing answered at http:\/\/127\.0\.0\.1:9\/hook\?token=\*\*\* \(ECONNREFUSED\)/);
    expect(leaks(`${result.out}${result.err}`)).toBe(false);
  });
});
