// The full receiver conformance suite against a local endpoint, over real HTTP on 127.0.0.1:
// in-process (the runner's own time) and as CI runs it (the CLI as a subprocess against the
// Node http example, including Node and tsx start-up). Target: under 3 s.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createHandler } from '../../examples/fetch-handler/handler.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { generateSecret } from '../../src/runtime/index.js';

const secret = generateSecret();
const handler = createHandler({ secret, inspect: true });
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    void handler(new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body: req.method === 'GET' ? null : Buffer.concat(chunks) })).then(async (response) => {
      res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text());
    });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const runs: number[] = [];
let cases = 0;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const report = await testReceiver({ url: `${origin}/webhooks/woes`, secret, inspect: `${origin}/__woes` });
  runs.push(performance.now() - start);
  if (report.failed > 0) throw new Error('the example receiver failed the suite');
  cases = report.passed;
}
server.close();

// As CI runs it: the example as its own process, the CLI as another.
const example = spawn('node_modules/.bin/tsx', ['examples/node-http/server.ts'], { env: { ...process.env, PORT: '0', WOES_WEBHOOK_SECRET: secret, WOES_INSPECT: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
const exampleOrigin = await new Promise<string>((resolve) => {
  let out = '';
  example.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /listening on (\S+)/.exec(out);
    if (match?.[1]) resolve(match[1]);
  });
});
const cliStart = performance.now();
const cli = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'test-receiver', '--url', `${exampleOrigin}/webhooks/woes`, '--secret', secret, '--inspect', `${exampleOrigin}/__woes`], { encoding: 'utf8' });
const cliSeconds = (performance.now() - cliStart) / 1000;
example.kill('SIGTERM');
if (cli.status !== 0) throw new Error(`test-receiver failed:\n${cli.stdout}${cli.stderr}`);

const median = [...runs].sort((a, b) => a - b)[2] ?? Number.NaN;
const seconds = median / 1000;
console.log(`receiver conformance suite — ${cases} cases with --inspect, real HTTP on 127.0.0.1`);
console.log(`  in-process runner, median of 5        ${seconds.toFixed(3)} s   target < 3 s   ${seconds < 3 ? 'ok' : 'MISSED'}`);
console.log(`  CLI subprocess incl. Node/tsx start   ${cliSeconds.toFixed(2)} s   target < 3 s   ${cliSeconds < 3 ? 'ok' : 'MISSED'}`);
