// Throughput of `validate`: typical events (the spec's examples, fresh ids) as NDJSON, parsed
// and checked with the precompiled validators on one core. Target: ≥ 100,000 events/s.
// The floors printed beside it tell machine load apart from validate's own cost.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { validateEventStream, validateEventsText } from '../../src/contract-kit/validate-events.js';
import { checkEvent } from '../../src/runtime/validation/check-event.js';

// Hostile input first, while the process is small: 20 MB of `{}` lines, each invalid, through
// the CLI in process. Peak memory and printed output must stay bounded (the violations are capped).
const junkDir = mkdtempSync(join(tmpdir(), 'woes-bench-validate-junk-'));
writeFileSync(join(junkDir, 'junk.ndjson'), '{}\n'.repeat((20 * 1024 * 1024) / 3));
const rssBefore = process.memoryUsage().rss;
let printedBytes = 0;
const junkStart = performance.now();
const junkExit = await runCli(WOES_WEBHOOKS, ['validate', 'junk.ndjson'], {
  out: (line) => (printedBytes += line.length + 1),
  err: () => undefined,
  cwd: junkDir,
});
const junkSeconds = (performance.now() - junkStart) / 1000;
const junkPeakMb = process.resourceUsage().maxRSS / 1024;
if (junkExit !== 1) throw new Error('20 MB of {} must fail validation');

const examples = Object.values(EVENT_EXAMPLES).flatMap((list) => list.map((example) => example.payload as unknown as Record<string, unknown>));
const count = 200_000;
const lines: string[] = [];
for (let i = 0; i < count; i++) {
  const example = examples[i % examples.length] ?? {};
  lines.push(JSON.stringify({ ...example, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
}
const text = lines.join('\n');
const bytes = Buffer.byteLength(text);

function measure(mode: 'receiver' | 'strict'): number {
  const rates: number[] = [];
  validateEventsText(lines.slice(0, 20_000).join('\n'), { source: 'warm-up', mode }); // let the JIT compile the validators first
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const summary = validateEventsText(text, { source: 'bench', mode });
    const seconds = (performance.now() - start) / 1000;
    if (summary.checked !== count || summary.invalid.length > 0)
      throw new Error(`expected ${count} valid events, got ${summary.checked} with ${summary.invalid.length} problems`);
    rates.push(count / seconds);
  }
  return [...rates].sort((a, b) => a - b)[2] ?? Number.NaN;
}

/** The floor on this machine in this run: JSON.parse alone, and parse + checkEvent with no reporting. */
function floor(withCheck: boolean): number {
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    for (const line of lines) {
      const value: unknown = JSON.parse(line);
      if (withCheck) checkEvent(value);
    }
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return [...rates].sort((a, b) => a - b)[2] ?? Number.NaN;
}

/** The streaming entry point (what the CLI runs) over the same bytes, in 1 MiB chunks. */
async function measureStream(mode: 'receiver' | 'strict'): Promise<number> {
  const bytesOfText = Buffer.from(text);
  async function* chunks(): AsyncIterable<Uint8Array> {
    for (let from = 0; from < bytesOfText.length; from += 1024 * 1024) yield bytesOfText.subarray(from, from + 1024 * 1024);
  }
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const summary = await validateEventStream(chunks(), { source: 'bench', mode });
    if (summary.checked !== count || summary.invalid.length > 0)
      throw new Error(`expected ${count} valid events, got ${summary.checked} with ${summary.invalid.length} problems`);
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return [...rates].sort((a, b) => a - b)[2] ?? Number.NaN;
}

const parseOnly = floor(false);
const bare = floor(true);
const receiver = measure('receiver');
const strict = measure('strict');
const streamed = await measureStream('strict');

const dir = mkdtempSync(join(tmpdir(), 'woes-bench-validate-'));
writeFileSync(join(dir, 'events.ndjson'), text);
const start = performance.now();
const cli = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'validate', join(dir, 'events.ndjson')], { encoding: 'utf8' });
const cliSeconds = (performance.now() - start) / 1000;
if (cli.status !== 0) throw new Error(`validate failed: ${cli.stdout}${cli.stderr}`);

const fmt = (rate: number): string => `${Math.round(rate).toLocaleString('en-US')} events/s`;
console.log(`validate — ${count.toLocaleString('en-US')} typical events, ${(bytes / count).toFixed(0)} bytes each on average, NDJSON, one core, median of 5`);
console.log(`  parse + check (receiver)    ${fmt(receiver).padStart(18)}   target ≥ 100,000   ${receiver >= 100_000 ? 'ok' : 'MISSED'}`);
console.log(`  parse + check (--strict)    ${fmt(strict).padStart(18)}   target ≥ 100,000   ${strict >= 100_000 ? 'ok' : 'MISSED'}`);
console.log(`  streamed, strict UTF-8 (--strict) ${fmt(streamed).padStart(13)}   the CLI's path: bytes in 1 MiB chunks, each line decoded strictly`);
console.log(`  floor: JSON.parse alone       ${fmt(parseOnly).padStart(18)}   (this machine, this run)`);
console.log(`  floor: JSON.parse + checkEvent ${fmt(bare).padStart(16)}   (no reporting; validate's own overhead is the difference)`);
console.log(
  `  20 MB of {} lines (all invalid), in process: ${junkSeconds.toFixed(2)} s, ${printedBytes.toLocaleString('en-US')} bytes printed, peak RSS ${junkPeakMb.toFixed(0)} MB (${(rssBefore / 1048576).toFixed(0)} MB before)`,
);
console.log(`  CLI on the file, wall time  ${cliSeconds.toFixed(2)} s (incl. Node/tsx start-up) = ${fmt(count / cliSeconds)}`);
