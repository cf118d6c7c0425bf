import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { generateSecret } from '../../src/runtime/index.js';
import { createHandler } from '../../examples/fetch-handler/handler.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { nodeWithTsx } from '../support/node-with-tsx.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { runProcess } from '../support/run-process.js';
import { BAD_INPUT_CASES } from './cli-bad-input-cases.js';
import { serveHandler } from './support/serve-handler.js';

const secret = generateSecret();
// Each command runs once as the binary runs (a subprocess: argv in, stdio and exit code out),
// for its wiring; every other case runs the same program in this process (`cli`), without the
// second or more a tsx subprocess costs.
const cli = (args: readonly string[], input?: string) => runCliInProcess(WOES_WEBHOOKS, args, process.cwd(), input);
// Asynchronous on purpose: a synchronous spawn would block this process, and with it the
// receivers these tests serve in-process. A run takes a second or two; only a hung one reaches
// the deadline, which stays under the timeout of the tests that start one (SUBPROCESS).
const SUBPROCESS_DEADLINE_S = 60;
const SUBPROCESS = { timeout: (2 * SUBPROCESS_DEADLINE_S + 10) * 1000 };
const subprocess = (args: readonly string[], input?: string) =>
  runProcess(...nodeWithTsx('src/cli/main.ts', args), {
    what: `woes-webhooks ${args[0] ?? ''}`,
    ...(input === undefined ? {} : { input }),
    deadlineSeconds: SUBPROCESS_DEADLINE_S,
  });

let busy: Server;
let busyPort = 0;
let unusedPort = 0;
let receiver: Awaited<ReturnType<typeof serveHandler>>;
const tmp = mkdtempSync(join(tmpdir(), 'woes-cli-'));

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
  // A port that was free a moment ago: listen, note it, close.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  unusedPort = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  receiver = await serveHandler(createHandler({ secret }));
});
afterAll(async () => {
  await new Promise<void>((resolve) => busy.close(() => resolve()));
  await receiver.close();
});

describe('a named pipe where a file goes: refused at once, never waited on', () => {
  it.each([
    { name: 'send <event.fifo>', args: (fifo: string) => ['send', fifo, '--url', receiver.url, '--secret', secret] },
    { name: 'send --secret-file <fifo>', args: (fifo: string) => ['send', 'issue.created', '--url', receiver.url, '--secret-file', fifo] },
    { name: 'capture --secret-file <fifo>', args: (fifo: string) => ['capture', '--port', '0', '--secret-file', fifo] },
  ])('$name', async ({ args }) => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'woes-fifo-')), 'event.json');
    // Node has no mkfifo; Debian's coreutils does.
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const start = performance.now();
    // A subprocess: a read that blocked would block this process too, and the test with it.
    const result = await subprocess(args(fifo));
    expect(result.stderr).toMatch(/cannot read (--secret-file )?".*event\.json" \(a named pipe \(FIFO\), not a regular file\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.status).toBe(2);
    expect(performance.now() - start).toBeLessThan(15_000);
  });
});

describe('bad input: one clear line, non-zero exit, no stack trace', () => {
  it.each(BAD_INPUT_CASES)('$name', async ({ args, exit, says }) => {
    const filled = args.map((arg) => arg.replace('{unused}', String(unusedPort)).replace('{busy}', String(busyPort)).replace('{secret}', secret));
    const result = await cli(filled);
    expect(result.stderr).toMatch(says);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(result.status).toBe(exit);
  });
});

describe('send', SUBPROCESS, () => {
  // The example receiver answers as the adapters do: 204 with no body, a refusal with { code }.
  it('delivers a spec example with overrides and prints status, latency and the (empty) body', async () => {
    const result = await subprocess([
      'send',
      'conversation.created:live-chat',
      '--url',
      receiver.url,
      '--secret',
      secret,
      '--set',
      'data.status=waiting',
      '--set',
      '/sequence=7',
    ]);
    expect(result.stdout).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/webhooks\/woes → 204 in \d+ ms \(webhook-id [0-9a-f-]{36}, conversation\.created\)\n$/);
    expect(result.status).toBe(0);
  });

  it('sends your own event file byte for byte as JSON', async () => {
    const file = join(tmp, 'event.json');
    const event = { ...(structuredClone(EVENT_EXAMPLES['issue.created'][0]?.payload) as unknown as Record<string, unknown>), id: crypto.randomUUID() };
    writeFileSync(file, JSON.stringify(event, null, 2));
    const result = await cli(['send', file, '--url', receiver.url, '--secret', secret]);
    expect(result.stdout).toContain(`→ 204 in`);
    expect(result.stdout).toContain(`(webhook-id ${String(event.id)}, issue.created)`);
    expect(result.status).toBe(0);
  });

  it('exits 1 and prints the refusal when the receiver refuses (here: a wrong secret)', async () => {
    const result = await cli(['send', 'message.created', '--url', receiver.url, '--secret', generateSecret()]);
    expect(result.stdout).toMatch(/→ 401 in \d+ ms/);
    expect(result.stdout).toMatch(/"code":"no_matching_signature"/);
    expect(result.status).toBe(1);
  });
});

describe('validate', SUBPROCESS, () => {
  const examples = Object.values(EVENT_EXAMPLES).flatMap((list) => list.map((example) => example.payload as unknown as Record<string, unknown>));

  it('accepts every spec example as NDJSON, from a file and from stdin', async () => {
    const file = join(tmp, 'examples.ndjson');
    writeFileSync(file, examples.map((event) => JSON.stringify(event)).join('\n'));
    const fromFile = await cli(['validate', file]);
    expect(fromFile.stdout).toMatch(new RegExp(`^${examples.length} event\\(s\\) checked \\(receiver\\): all valid\\.`));
    expect(fromFile.status).toBe(0);
    const fromStdin = await subprocess(['validate', '-'], JSON.stringify(examples));
    expect(fromStdin.status).toBe(0);
  });

  it('reports each invalid event with index, type, JSON path and message; --strict also rejects unknown fields', async () => {
    const [first = {}, second = {}] = examples;
    const broken = [first, { ...second, sequence: 0 }, { ...first, extra: true }];
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const loose = await cli(['validate', file]);
    // An array's element is named by its index and the line it starts on.
    expect(loose.stdout).toMatch(new RegExp(`#1 \\(line \\d+\\) ${String(second.type).replace('.', '\\.')} /sequence: must be >= 1`));
    expect(loose.stdout).toMatch(/1 invalid\.\n$/);
    expect(loose.status).toBe(1);
    const strict = await cli(['validate', '--strict', file]);
    expect(strict.stdout).toMatch(new RegExp(`#2 \\(line \\d+\\) ${String(first.type).replace('.', '\\.')} /: must NOT have additional properties: "extra"`));
    expect(strict.stdout).toMatch(/2 invalid\.\n$/);
  });

  it('checks every .json and .ndjson file under a folder, and reports lines that are not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-validate-'));
    writeFileSync(join(dir, 'a.ndjson'), `${JSON.stringify(examples[0])}\n{not json\n`);
    writeFileSync(join(dir, 'b.json'), JSON.stringify(examples[1]));
    const result = await cli(['validate', dir]);
    expect(result.stdout).toMatch(/a\.ndjson #1 \(line 2\) \(no type\) \/: not JSON/);
    expect(result.stdout).toMatch(/3 event\(s\) checked \(receiver\): 1 invalid\./);
    expect(result.status).toBe(1);
  });
});

describe('test-receiver reporters', SUBPROCESS, () => {
  it('table (default) names each failure with a fix; json and junit carry the same verdicts', async () => {
    const args = ['test-receiver', '--url', receiver.url, '--secret', generateSecret(), '--only', 'accept.rotation,signature.wrong-secret'];
    const table = await subprocess(args);
    expect(table.stdout).toMatch(/FAIL {2}accept\.rotation/);
    expect(table.stdout).toMatch(/fix: Split webhook-signature on spaces/);
    expect(table.stdout).toMatch(/ok {4}signature\.wrong-secret/);
    expect(table.status).toBe(1);
    const json = JSON.parse((await cli([...args, '--reporter', 'json'])).stdout) as { passed: number; failed: number; skipped: number };
    expect(json).toMatchObject({ passed: 1, failed: 1 });
    const junit = (await cli([...args, '--reporter', 'junit'])).stdout;
    expect(junit).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="woes-webhooks test-receiver" tests="\d+" failures="1" skipped="\d+"/);
    expect(junit).toMatch(/<testcase classname="woes\.conformance\.accept" name="accept\.rotation" time="[\d.]+">\n {6}<failure message="answered 401/);
  });
});

describe('the JUnit report is XML a real parser takes, whatever the receiver answers', () => {
  it('parses with expat (Python) although the receiver answered NUL, ESC, OSC, C1 and U+202E', async () => {
    const server = createHttpServer((req, res) => {
      req.resume();
      res.writeHead(400).end(Buffer.from('no \u0000 \u001b[31mred\u001b]0;title\u0007 \u009b \u202e\u0008 &<"\'>', 'utf8'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/woes`;
      const junit = await cli(['test-receiver', '--url', url, '--secret', secret, '--only', 'accept.rotation,signature.', '--reporter', 'junit']);
      const parsed = spawnSync(
        'python3',
        ['-c', 'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); print(len(d.getElementsByTagName("testcase")))'],
        {
          input: junit.stdout,
          encoding: 'utf8',
        },
      );
      expect(parsed.stderr).toBe('');
      expect(Number(parsed.stdout)).toBeGreaterThan(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('capture as a subprocess', SUBPROCESS, () => {
  it('reports 1,100 bodies of 32,768 nested brackets within a 256 MB heap, and says which attempts its 64 MiB bound dropped', async () => {
    // Each body is 64 KiB of valid JSON that parses to megabytes of arrays: a report that kept
    // every parsed body (as it once did) needs gigabytes, and died of heap exhaustion.
    const [node, args] = nodeWithTsx('src/cli/main.ts', ['capture', '--port', '0', '--secret', secret]);
    const child = spawn(node, ['--max-old-space-size=256', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const url = await new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /capturing on (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
    });
    const body = `${'['.repeat(32_768)}${']'.repeat(32_768)}`;
    for (let index = 0; index < 1100; index++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': `msg_${index}` }, body });
      expect(response.status).toBe(200);
    }
    const report = (await (await fetch(url.replace('/webhooks/woes', '/__capture/report'))).json()) as { attempts: number; dropped: { attempts: number } };
    // 1,100 × 64 KiB is more than the 64 MiB the endpoint keeps: the oldest go, and are counted.
    expect(report.dropped.attempts).toBeGreaterThan(0);
    expect(report.attempts + report.dropped.attempts).toBe(1100);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(1);
    expect(err).toBe('');
    expect(out).toContain(`Producer contract: ${report.attempts} deliveries, ${report.attempts} attempts`);
    expect(out).toContain(`The ${report.dropped.attempts} oldest attempts`);
    expect(out).toMatch(/The producer broke the contract\./);
  }, 120_000);

  it('prints each attempt and, on SIGINT, the contract report; exit 0 when the producer kept it', async () => {
    // One process (node with tsx's loader), so SIGINT reaches the command itself rather than a
    // wrapper that relays it under load.
    const child = spawn(...nodeWithTsx('src/cli/main.ts', ['capture', '--port', '0', '--secret', secret]), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // The port is the one it prints; it starts in a second or two, and only a hung start reaches the deadline.
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`woes-webhooks capture did not print "capturing on <url>" within ${SUBPROCESS_DEADLINE_S} s (killed); it wrote:\n${out}${err}`));
      }, SUBPROCESS_DEADLINE_S * 1000);
      child.once('exit', (code) => reject(new Error(`woes-webhooks capture exited ${String(code)} before listening:\n${out}${err}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /capturing on (\S+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const sent = await cli(['send', 'issue.created', '--url', url, '--secret', secret]);
    expect(sent.status).toBe(0);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(out).toMatch(/[0-9a-f-]{36} attempt 1 issue\.created → 200/);
    expect(out).toMatch(/The producer kept the contract\./);
  });
});
