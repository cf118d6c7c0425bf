// Throughput of verifying one realistic delivery, in one process, one run:
//   (a) floor: node:crypto HMAC-SHA256 + timingSafeEqual + JSON.parse, nothing else
//   (b) standardwebhooks verify   (c) svix verify   (d) ours: Webhook.verify = verify + parse + schema validation
// Targets: d/b ≥ 3 and a/d ≤ 1.5. Also: a cold `node` process importing the built package
// entry and verifying once, and the published package's runtime dependency count (must be 0).
// Throughput is per CPU second of this process (process.cpuUsage), so other processes on the
// shared 2 cores do not distort it; the cold start is wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { checkEvent, DELIVERY, EVENT_EXAMPLES, EVENT_TYPES, sign, Webhook, type EventExample } from '../../src/runtime/index.js';

// The first spec example between 1 and 2 KB, as Woes sends it (JSON.stringify).
const example = EVENT_TYPES.flatMap((type): readonly EventExample[] => EVENT_EXAMPLES[type]).find((candidate) => {
  const length = JSON.stringify(candidate.payload).length;
  return length >= 1024 && length <= 2048;
});
if (!example) throw new Error('no spec example between 1 and 2 KB');
const body = JSON.stringify(example.payload);
const secret = DELIVERY.signing.exampleSecret;
const headers = await sign({ id: example.payload.id, timestamp: Math.floor(Date.now() / 1000), body, secret });
const { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature } = headers;

const key = Buffer.from(secret.slice(DELIVERY.signing.symmetric.secretPrefix.length), 'base64');
const floor = (): unknown => {
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature.slice(3), 'base64'))) throw new Error('floor: no match');
  return JSON.parse(body);
};
const standard = new StandardWebhook(secret);
const svix = new SvixWebhook(secret);
const ours = new Webhook(secret);

type Subject = () => unknown;
const subjects: [string, Subject][] = [
  ['(a) floor: node:crypto HMAC + timingSafeEqual + JSON.parse', floor],
  ['(b) standardwebhooks verify', () => standard.verify(body, headers)],
  ['(c) svix verify', () => svix.verify(body, headers)],
  ['(d) ours: verify + parse + schema validation', () => ours.verify(body, headers)],
  // Not a target: the floor plus the same checkEvent call, to split (d) into validation and the rest.
  ['(e) reference: floor + checkEvent', () => checkEvent(floor())],
];

/** CPU time of this process in ms: on a shared 2-core machine, other processes' load does not count against a subject. */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Operations per CPU second over ~`ms` of CPU time; awaits only when the subject returns a promise. */
async function opsPerSecond(subject: Subject, ms: number): Promise<number> {
  let operations = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let index = 0; index < 500; index++) {
      const result = subject();
      if (result instanceof Promise) await result;
    }
    operations += 500;
    elapsed = cpuMs() - start;
  }
  return (operations / elapsed) * 1000;
}

for (const [, subject] of subjects) await opsPerSecond(subject, 300); // warm up every JIT path first
const rounds = 5;
const best = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  for (const [name, subject] of subjects) best.set(name, Math.max(best.get(name) ?? 0, await opsPerSecond(subject, 500)));
}

console.log(`verify — a ${body.length}-byte ${example.payload.type} event; best of ${rounds} interleaved rounds, per CPU second of this process`);
for (const [name] of subjects) {
  const ops = best.get(name) ?? Number.NaN;
  console.log(`  ${name.padEnd(58)} ${Math.round(ops).toLocaleString('en-US').padStart(9)} ops/s  ${(1e6 / ops).toFixed(2).padStart(6)} µs/op`);
}
const [a, b, , d, e] = subjects.map(([name]) => best.get(name) ?? Number.NaN) as [number, number, number, number, number];
console.log(`  d/b (ours vs standardwebhooks)  ${(d / b).toFixed(2)}×   target ≥ 3     ${d / b >= 3 ? 'ok' : 'MISSED'}`);
console.log(`  a/d (floor vs ours)             ${(a / d).toFixed(2)}×   target ≤ 1.5   ${a / d <= 1.5 ? 'ok' : 'MISSED'}`);
console.log(
  `  of (d)'s ${(1e6 / d).toFixed(2)} µs: schema validation ${(1e6 / e - 1e6 / a).toFixed(2)} µs, headers/parsing/promise ${(1e6 / d - 1e6 / e).toFixed(2)} µs`,
);

// Cold start: build, then a fresh node process imports dist/src/runtime/index.js and verifies once.
execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const cold = `
  const start = performance.now();
  const { Webhook } = await import(${JSON.stringify(new URL('../../dist/src/runtime/index.js', import.meta.url).href)});
  const imported = performance.now();
  const event = await new Webhook(${JSON.stringify(secret)}).verify(${JSON.stringify(body)}, ${JSON.stringify(headers)});
  const verified = performance.now();
  console.log(JSON.stringify({ type: event.type, importMs: imported - start, verifyMs: verified - imported }));
`;
const colds = Array.from({ length: 5 }, () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', cold], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold run failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as { importMs: number; verifyMs: number };
});
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(
  `  cold: import dist/src/runtime/index.js ${median(colds.map((c) => c.importMs)).toFixed(1)} ms + first verify ${median(colds.map((c) => c.verifyMs)).toFixed(1)} ms (median of 5 fresh node processes)`,
);

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
const dependencies = Object.keys(manifest.dependencies ?? {});
console.log(
  `  runtime dependencies of the published package: ${dependencies.length}${dependencies.length > 0 ? ` (${dependencies.join(', ')})` : ''}   target 0   ${dependencies.length === 0 ? 'ok' : 'MISSED'}`,
);
