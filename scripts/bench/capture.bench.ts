// The capture endpoint under a flood: 30,000 signed deliveries over real HTTP, recording rate
// per window of 5,000 (it must stay flat: each delivery once scanned every recorded attempt),
// against the Node http example receiver fed the same deliveries in the same run. Then the
// report over all of them, against its floor: one prepared Webhook verifying every attempt.
// Figures are printed, not asserted.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import type { CapturedAttempt } from '../../src/contract-kit/capture/captured-attempt.js';
import { buildCaptureReport } from '../../src/contract-kit/capture/contract-report.js';
import { generateSecret, sign, verify, Webhook } from '../../src/runtime/index.js';

const TOTAL = 30_000;
const WINDOW = 5_000;
const CONCURRENCY = 8;
const secret = generateSecret();
const examples = Object.values(EVENT_EXAMPLES).flatMap((list) => list.map((example) => example.payload as unknown as Record<string, unknown>));

interface Delivery {
  readonly headers: Record<string, string>;
  readonly body: string;
}

const timestamp = Math.floor(Date.now() / 1000);
async function deliveries(): Promise<Delivery[]> {
  const out: Delivery[] = [];
  for (let index = 0; index < TOTAL; index++) {
    const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
    // Sequence and time rise with the index, so every delivery keeps the contract.
    const occurredAt = new Date(Date.UTC(2026, 5, 28) + index).toISOString();
    const body = JSON.stringify({ ...examples[index % examples.length], id, sequence: index + 1, occurredAt });
    out.push({ headers: { ...(await sign({ id, timestamp, body, secret })), 'content-type': 'application/json' }, body });
  }
  return out;
}

/** Starts a server script and resolves to the URL it prints; its output is drained so it never blocks. */
function startProcess(args: string[], env: Record<string, string>, pattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('node_modules/.bin/tsx', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    let seen: string | undefined = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      // Once the URL is known the rest is only drained: matching a growing string would make the bench quadratic.
      if (seen === undefined) return;
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match?.[1]) {
        seen = undefined;
        resolve({ child, url: match[1] });
      }
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(url: string, delivery: Delivery): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: delivery.headers, agent }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end(delivery.body);
  });
}

/** Deliveries per second in each window of WINDOW deliveries, CONCURRENCY in flight. */
async function flood(url: string, all: readonly Delivery[]): Promise<number[]> {
  const rates: number[] = [];
  for (let from = 0; from < all.length; from += WINDOW) {
    const batch = all.slice(from, from + WINDOW);
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < batch.length) {
          const delivery = batch[next++];
          if (delivery && (await post(url, delivery)) !== 200) throw new Error('a delivery was refused');
        }
      }),
    );
    rates.push(batch.length / ((performance.now() - start) / 1000));
  }
  return rates;
}

const all = await deliveries();
const capture = await startProcess(
  ['src/cli/main.ts', 'capture', '--port', '0', '--secret', secret, '--max-attempts', String(TOTAL)],
  {},
  /capturing on (\S+)/,
);
const captureRates = await flood(capture.url, all);
const reportStart = performance.now();
const overHttp = (await (await fetch(new URL('/__capture/report', capture.url))).json()) as { attempts: number };
const reportHttpMs = performance.now() - reportStart;
capture.child.kill('SIGTERM');
const example = await startProcess(['examples/node-http/server.ts'], { PORT: '0', WOES_WEBHOOK_SECRET: secret }, /listening on (\S+)/);
const exampleRates = await flood(`${example.url}/webhooks/woes`, all);
example.child.kill('SIGTERM');
agent.destroy();

// The report in process, against one prepared Webhook verifying the same attempts.
const now = timestamp * 1000;
const attempts: CapturedAttempt[] = all.map((delivery) => ({
  attemptIndex: 0,
  path: '/webhooks/woes',
  headers: delivery.headers,
  body: delivery.body,
  receivedAt: now,
  answer: 200,
  endedAt: now,
}));
const reportRuns: number[] = [];
const floorRuns: number[] = [];
const oneShotRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  let start = performance.now();
  const report = await buildCaptureReport(attempts, { secret, timeScale: 1 });
  reportRuns.push(performance.now() - start);
  if (!report.ok) throw new Error(`the report should pass: ${JSON.stringify(report.checks.filter((check) => !check.ok)).slice(0, 500)}`);
  const webhook = new Webhook(secret, { now: () => now });
  start = performance.now();
  for (const attempt of attempts) await webhook.verify(attempt.body, attempt.headers);
  floorRuns.push(performance.now() - start);
  // How the report used to check: the one-shot verify(), which prepares the key on every call.
  start = performance.now();
  for (const attempt of attempts) await verify(attempt.body, attempt.headers, { secret, now: () => now });
  oneShotRuns.push(performance.now() - start);
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const fmt = (rates: number[]): string => rates.map((rate) => Math.round(rate).toLocaleString('en-US').padStart(6)).join(' ');

console.log(
  `capture — ${TOTAL.toLocaleString('en-US')} signed deliveries over HTTP on 127.0.0.1, ${CONCURRENCY} in flight, deliveries/s per window of ${WINDOW.toLocaleString('en-US')}`,
);
console.log(`  capture (CLI)               ${fmt(captureRates)}   last/first ${((captureRates.at(-1) ?? 0) / (captureRates[0] ?? 1)).toFixed(2)}`);
console.log(`  node-http example receiver  ${fmt(exampleRates)}   last/first ${((exampleRates.at(-1) ?? 0) / (exampleRates[0] ?? 1)).toFixed(2)}`);
console.log(`  capture / example, last window   ${((captureRates.at(-1) ?? 0) / (exampleRates.at(-1) ?? 1)).toFixed(2)}`);
console.log(`  report over HTTP (${overHttp.attempts.toLocaleString('en-US')} attempts)   ${(reportHttpMs / 1000).toFixed(2)} s`);
const seconds = (values: number[]): string => `${(median(values) / 1000).toFixed(2)} s`;
console.log(`  report in process (median of 3)       ${seconds(reportRuns)}   = ${(median(reportRuns) / median(floorRuns)).toFixed(2)} × its floor`);
console.log(`  floor: one Webhook verifying them all ${seconds(floorRuns)}`);
console.log(`  one-shot verify() per attempt         ${seconds(oneShotRuns)}   (how the report checked signatures before)`);
