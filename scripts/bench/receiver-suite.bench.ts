// The full receiver conformance suite against a local endpoint, over real HTTP on 127.0.0.1:
// in-process (the runner's own time) and as CI runs it (the CLI as a subprocess, including
// Node and tsx start-up). Target: under 3 s. The endpoint is the Fetch-API example behind a
// server that refuses an oversized body itself (413 once it passes the limit), as a
// platform's body limit would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createHandler } from '../../examples/fetch-handler/handler.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { DELIVERY, generateSecret } from '../../src/runtime/index.js';

const secret = generateSecret();
const handler = createHandler({ secret, inspect: true });
const server = createServer((req, res) => {
  const tooLarge = (): void => {
    req.removeAllListeners('data');
    req.resume();
    res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"code":"body_too_large"}');
  };
  if (Number(req.headers['content-length'] ?? 0) > DELIVERY.limits.maxPayloadBytes) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    if (size > DELIVERY.limits.maxPayloadBytes) return tooLarge();
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    void handler(
      new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body: req.method === 'GET' ? null : Buffer.concat(chunks) }),
    ).then(async (response) => {
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

// As CI runs it: the CLI as its own process (started asynchronously: this process serves the endpoint).
const cliStart = performance.now();
const cli = spawn('node_modules/.bin/tsx', ['src/cli/main.ts', 'test-receiver', '--url', `${origin}/webhooks/woes`, '--inspect', `${origin}/__woes`], {
  env: { ...process.env, WOES_WEBHOOK_SECRET: secret },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let cliOut = '';
cli.stdout.on('data', (chunk: Buffer) => (cliOut += chunk.toString()));
cli.stderr.on('data', (chunk: Buffer) => (cliOut += chunk.toString()));
const cliStatus = await new Promise<number | null>((resolve) => cli.once('close', resolve));
const cliSeconds = (performance.now() - cliStart) / 1000;
server.close();
if (cliStatus !== 0) throw new Error(`test-receiver failed:\n${cliOut}`);

const median = [...runs].sort((a, b) => a - b)[2] ?? Number.NaN;
const seconds = median / 1000;
console.log(`receiver conformance suite — ${cases} cases with --inspect, real HTTP on 127.0.0.1`);
console.log(`  in-process runner, median of 5        ${seconds.toFixed(3)} s   target < 3 s   ${seconds < 3 ? 'ok' : 'MISSED'}`);
console.log(`  CLI subprocess incl. Node/tsx start   ${cliSeconds.toFixed(2)} s   target < 3 s   ${cliSeconds < 3 ? 'ok' : 'MISSED'}`);
