// What a receiver deploys, against its peers, in one run (`npm run bench -- bundle`):
//   1. The same 10-line receiver bundled by esbuild (minified, ESM, platform node) against our
//      main entry (verify + receiver validation of every event type), our verify-only entry,
//      standardwebhooks and svix: minified and gzipped size, and a cold `node` process
//      importing the bundle and verifying one delivery (median wall time of several).
//   2. Throughput of our Webhook.verify (signature + JSON + receiver validation) against
//      standardwebhooks' verify (signature + JSON, no validation) on a ~700-byte event and on
//      a message.created whose body is 7,990 characters.
// Targets: main entry ≤ 60 KB minified and ≤ 12 KB gzipped; verify-only ≤ standardwebhooks;
// cold import + first verify < 30 ms; throughput ratio ≥ 1.5 (700 B) and ≥ 4 (8–16 KB).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { DELIVERY, EVENT_EXAMPLES, Webhook } from '../../src/runtime/index.js';

const ENTRIES: Record<string, string> = {
  '@woes/webhooks': resolve('src/runtime/index.ts'),
  '@woes/webhooks/verify': resolve('src/runtime/verify-only.ts'),
};
// Our entries from the sources (always current, no build needed); the peers from node_modules.
const ourSources: Plugin = {
  name: 'woes-sources',
  setup(builder) {
    builder.onResolve({ filter: /^@woes\/webhooks(\/verify)?$/ }, (args) => ({ path: ENTRIES[args.path] ?? args.path }));
  },
};

/** The receiver customers write, as small as each library allows. */
const receiver = (from: string, verified: string): string => `import { Webhook } from '${from}';
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET);
export default async function handle(body, headers) {
  try {
    const event = ${verified};
    return { status: 204, type: event.type };
  } catch (error) {
    return { status: 400, error: String(error) };
  }
}
`;

const SUBJECTS = [
  { name: '@woes/webhooks (verify + validation)', from: '@woes/webhooks', verified: 'await webhook.verify(body, headers)' },
  { name: '@woes/webhooks/verify (verify only)', from: '@woes/webhooks/verify', verified: 'await webhook.verify(body, headers)' },
  { name: 'standardwebhooks', from: 'standardwebhooks', verified: 'webhook.verify(body, headers)' },
  // svix 1.x (the line that supports Node 20) verifies and returns the parsed body.
  { name: 'svix', from: 'svix', verified: 'webhook.verify(body, headers)' },
] as const;

const secret = DELIVERY.signing.exampleSecret;
const sign = (body: string): Record<string, string> => {
  const id = (JSON.parse(body) as { id: string }).id;
  const now = new Date();
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new StandardWebhook(secret).sign(id, now, body),
  };
};

const work = mkdtempSync(join(tmpdir(), 'woes-bundle-bench-'));
const delivery = (() => {
  const body = JSON.stringify(EVENT_EXAMPLES['message.created'][0]?.payload);
  return { body, headers: sign(body) };
})();
const driver = join(work, 'cold.mjs');
writeFileSync(
  driver,
  `const start = performance.now();
const { default: handle } = await import(process.argv[2]);
const result = await handle(process.env.BODY, JSON.parse(process.env.HEADERS));
const ms = performance.now() - start;
if (result.status !== 204) throw new Error(JSON.stringify(result));
console.log(ms);
`,
);

/** Median wall time of a fresh process importing the bundle and verifying once. */
function coldStart(bundle: string): number {
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const child = spawnSync(process.execPath, [driver, bundle], {
      encoding: 'utf8',
      env: { ...process.env, WOES_WEBHOOK_SECRET: secret, BODY: delivery.body, HEADERS: JSON.stringify(delivery.headers) },
    });
    if (child.status !== 0) throw new Error(`cold start of ${bundle} failed: ${child.stderr}`);
    times.push(Number(child.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log('bundle — the same 10-line receiver, esbuild --bundle --minify --format=esm --platform=node');
console.log(`  ${'receiver built on'.padEnd(40)} ${'minified'.padStart(10)} ${'gzipped'.padStart(10)} ${'cold import + first verify'.padStart(28)}`);
const sizes = new Map<string, { minified: number; gzipped: number; cold: number }>();
for (const subject of SUBJECTS) {
  const entry = join(work, `${subject.from.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(entry, receiver(subject.from, subject.verified));
  const out = join(work, `${subject.from.replace(/\W+/g, '-')}.bundle.mjs`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    write: false,
    plugins: [ourSources],
    nodePaths: [resolve('node_modules')],
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  writeFileSync(out, code);
  const figures = { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, cold: coldStart(out) };
  sizes.set(subject.name, figures);
  console.log(
    `  ${subject.name.padEnd(40)} ${kb(figures.minified).padStart(10)} ${kb(figures.gzipped).padStart(10)} ${`${figures.cold.toFixed(1)} ms`.padStart(28)}`,
  );
}
const main = sizes.get(SUBJECTS[0].name);
const verifyOnly = sizes.get(SUBJECTS[1].name);
const standard = sizes.get(SUBJECTS[2].name);
if (main && verifyOnly && standard) {
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  console.log(`  main entry ≤ 60 KB minified and ≤ 12 KB gzipped: ${verdict(main.minified <= 60 * 1024 && main.gzipped <= 12 * 1024)}`);
  console.log(
    `  verify-only ≤ standardwebhooks (${kb(standard.minified)} / ${kb(standard.gzipped)}): ${verdict(verifyOnly.minified <= standard.minified && verifyOnly.gzipped <= standard.gzipped)}`,
  );
  console.log(`  main entry cold import + first verify < 30 ms: ${verdict(main.cold < 30)}`);
}
rmSync(work, { recursive: true, force: true });

// Throughput per CPU second of this process, best of interleaved rounds (the machine is shared).
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
async function opsPerSecond(subject: () => unknown, ms: number): Promise<number> {
  let operations = 0;
  const start = cpuMs();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let index = 0; index < 200; index++) {
      const result = subject();
      if (result instanceof Promise) await result;
    }
    operations += 200;
    elapsed = cpuMs() - start;
  }
  return (operations / elapsed) * 1000;
}

const short = EVENT_EXAMPLES['message.created'][0]?.payload;
if (!short) throw new Error('no message.created example');
// Prose with some non-ASCII text, as support messages are; 7,990 characters as in the report.
const prose = 'The key rotated on June 27 now returns 401 — can you check? Grüße, Ada. '.repeat(120).slice(0, 7990);
const long = { ...short, data: { ...short.data, body: prose } };
const ours = new Webhook(secret);
const peer = new StandardWebhook(secret);
console.log('\nthroughput — Webhook.verify (verify + JSON + receiver validation) vs standardwebhooks verify (no validation)');
for (const [label, payload, target] of [
  ['~700 B', short, 1.5],
  ['8–16 KB', long, 4],
] as const) {
  const body = JSON.stringify(payload);
  const headers = sign(body);
  const subjects = { ours: () => ours.verify(body, headers), standardwebhooks: () => peer.verify(body, headers) };
  for (const subject of Object.values(subjects)) await opsPerSecond(subject, 300);
  const best = { ours: 0, standardwebhooks: 0 };
  for (let round = 0; round < 5; round++) {
    best.ours = Math.max(best.ours, await opsPerSecond(subjects.ours, 400));
    best.standardwebhooks = Math.max(best.standardwebhooks, await opsPerSecond(subjects.standardwebhooks, 400));
  }
  const ratio = best.ours / best.standardwebhooks;
  console.log(
    `  ${label.padEnd(8)} ${String(body.length).padStart(6)} bytes   ours ${Math.round(best.ours).toLocaleString('en-US').padStart(8)} ops/s   standardwebhooks ${Math.round(best.standardwebhooks).toLocaleString('en-US').padStart(8)} ops/s   ratio ${ratio.toFixed(2)} (target ≥ ${target}) ${ratio >= target ? 'ok' : 'MISSED'}`,
  );
}
