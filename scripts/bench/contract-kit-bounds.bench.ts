// What the contract kit's commands cost on the worst inputs found so far, beside an ordinary
// input in the same run: wall time and peak resident memory of the CLI process, measured by
// /usr/bin/time -v (Debian's `time` package). Each command must finish, or refuse, in bounded
// time and memory; the figures say how far from the ordinary case the worst one lands.
//   capture       1,100 bodies of 32,768 nested brackets; 10,000 attempts with 15.5 KB ids;
//                 10,000 attempts with 14 KB headers; vs. 1,100 signed spec examples
//   send          an event file that links to /dev/zero, --secret-file /dev/zero, a FIFO
//   validate      a 60 MB JSON array of events, one of 30 million tiny values, the same as NDJSON
//   test-receiver a receiver that answers a status line, then a byte every 200 ms (default
//                 15 s timeout), vs. a correct one
// Run: npm run bench -- contract-kit-bounds (about four minutes on the shared 2-core machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeMiddleware, EVENT_EXAMPLES, sign } from '../../src/runtime/index.js';

if (!existsSync('/usr/bin/time')) {
  console.error('contract-kit-bounds needs /usr/bin/time: apt-get update && apt-get install -y time');
  process.exit(1);
}
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const tmp = mkdtempSync(join(tmpdir(), 'woes-bounds-'));
const cli = ['--import', 'tsx', 'src/cli/main.ts'];
const env = { ...process.env, WOES_WEBHOOK_SECRET: secret };

interface Figures {
  readonly seconds: number;
  readonly peakMb: number;
  readonly exit: number;
}
const parseTime = (stderr: string): Figures => {
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(stderr)?.[1] ?? '0:0';
  const seconds = elapsed.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  const peakMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  return { seconds, peakMb, exit: Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? -1) };
};
const timed = (args: readonly string[]): ChildProcess =>
  spawn('/usr/bin/time', ['-v', process.execPath, ...cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const finished = (child: ChildProcess): Promise<Figures> =>
  new Promise((resolve) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.resume();
    child.once('close', () => resolve(parseTime(stderr)));
  });
const run = (args: readonly string[]): Promise<Figures> => finished(timed(args));

const rows: [string, Figures][] = [];
const show = (name: string, figures: Figures): void => {
  rows.push([name, figures]);
  console.log(`  ${name.padEnd(64)} ${figures.seconds.toFixed(1).padStart(6)} s ${figures.peakMb.toFixed(0).padStart(6)} MB  exit ${figures.exit}`);
};
console.log('contract-kit-bounds: wall time and peak RSS of each CLI run (/usr/bin/time -v)');

// capture: a producer floods it, then the report is asked for (SIGINT, as Ctrl-C).
async function capture(name: string, send: (post: (headers: Record<string, string>, body: string) => Promise<void>) => Promise<void>): Promise<void> {
  const child = timed(['capture', '--port', '0']);
  const figures = finished(child);
  let out = '';
  const url = await new Promise<string>((resolve) =>
    child.stdout?.on('data', (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-4096);
      const match = /capturing on (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    }),
  );
  const post = (headers: Record<string, string>, body: string): Promise<void> =>
    new Promise((resolve) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, agent: false }, (res) => {
        res.resume();
        res.once('end', () => resolve());
      });
      req.once('error', () => resolve());
      req.end(body);
    });
  await send(post);
  const node = spawnSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
  process.kill(Number(node), 'SIGINT');
  show(name, await figures);
}
const example = EVENT_EXAMPLES['issue.created'][0]?.payload;
if (!example) throw new Error('the spec lost its issue.created example');
await capture('capture: 1,100 signed spec examples (ordinary)', async (post) => {
  for (let index = 0; index < 1100; index++) {
    const body = JSON.stringify({ ...example, id: crypto.randomUUID(), sequence: index + 1 });
    const id = String(JSON.parse(body).id);
    await post({ ...(await sign({ id, timestamp: Math.floor(Date.now() / 1000), body, secret })) }, body);
  }
});
await capture('capture: 1,100 bodies of 32,768 nested brackets', async (post) => {
  const body = `${'['.repeat(32_768)}${']'.repeat(32_768)}`;
  for (let index = 0; index < 1100; index++) await post({ 'webhook-id': `msg_${index}` }, body);
});
await capture('capture: 10,000 attempts with 15.5 KB webhook-ids', async (post) => {
  for (let index = 0; index < 10_000; index++) await post({ 'webhook-id': `${String(index).padStart(8, '0')}${'i'.repeat(15_500)}` }, '{"id":"x"}');
});
await capture('capture: 10,000 attempts with 14 KB headers', async (post) => {
  const padding = 'p'.repeat(14 * 1024);
  for (let index = 0; index < 10_000; index++) await post({ 'webhook-id': `msg_${index}`, 'x-padding': padding }, '{}');
});

// send and --secret-file: inputs that are not regular files.
symlinkSync('/dev/zero', join(tmp, 'zero.json'));
spawnSync('mkfifo', [join(tmp, 'fifo.json')]);
show('send: an example (ordinary, nothing listening)', await run(['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook']));
show('send ./zero.json (a link to /dev/zero)', await run(['send', join(tmp, 'zero.json'), '--url', 'http://127.0.0.1:9/hook']));
show('send --secret-file /dev/zero', await run(['send', 'issue.created', '--url', 'http://127.0.0.1:9/hook', '--secret-file', '/dev/zero']));
show('send ./fifo.json (a FIFO nothing writes to)', await run(['send', join(tmp, 'fifo.json'), '--url', 'http://127.0.0.1:9/hook']));

// validate: 60 MB in three shapes.
const write = (file: string, parts: () => Iterable<string>): string => {
  const path = join(tmp, file);
  const fd = openSync(path, 'w');
  for (const part of parts()) writeSync(fd, part);
  closeSync(fd);
  return path;
};
const line = JSON.stringify(example);
const events = Math.floor(60e6 / (line.length + 1));
const arrayFile = write('events.json', function* () {
  yield '[';
  for (let index = 0; index < events; index++) yield `${index === 0 ? '' : ','}${line}`;
  yield ']';
});
const numbersFile = write('numbers.json', function* () {
  yield '[';
  for (let index = 0; index < 30; index++) yield '0,'.repeat(1_000_000);
  yield '0]';
});
const numbersNdjson = write('numbers.ndjson', function* () {
  for (let index = 0; index < 30; index++) yield '0\n'.repeat(1_000_000);
});
show(`validate: a 60 MB JSON array of ${events} events`, await run(['validate', arrayFile]));
show('validate: a 60 MB JSON array of 30 million tiny values', await run(['validate', '--max-reported', '1', numbersFile]));
show('validate: the same 30 million values as NDJSON', await run(['validate', '--max-reported', '1', numbersNdjson]));

// test-receiver: a correct receiver, then one that drips its answers.
const serve = (listener: Parameters<typeof createServer>[1]): Promise<{ url: string; close: () => void }> =>
  new Promise((resolve) => {
    const server = createServer(listener);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/woes`,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    );
  });
const good = await serve(createNodeMiddleware({ secret, onEvent: () => undefined }));
show('test-receiver: a correct receiver (ordinary; --no-inspect)', await run(['test-receiver', '--url', good.url, '--no-inspect']));
good.close();
const drip = await serve((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-length': '100000' });
  const timer = setInterval(() => res.write('x'), 200);
  res.on('close', () => clearInterval(timer));
});
show('test-receiver: a status line, then a byte every 200 ms', await run(['test-receiver', '--url', drip.url, '--no-inspect']));
drip.close();
