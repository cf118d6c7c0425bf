// `generate` and `generate --check` as a maintainer runs them (`npm run generate`: Node and tsx
// start-up included), on today's contract and on a synthetic one of 200 event types (every
// event copied under new names, see support/synthetic-contract.ts), and the cost per event
// type between the two. Targets: under 2.5 s today, under 5 s at 200 event types.
// The AsyncAPI parser's compiled structure check is cached per machine
// (tools/spec/cached-structure-check.js); the first run after `npm ci` compiles it, and is
// reported on its own line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { MACHINE_SPEED, machineSpeed } from './support/machine-speed.js';
import { syntheticContract } from './support/synthetic-contract.js';

const cli = resolve('tools/cli/main.ts');
const tsx = import.meta.resolve('tsx');
const RUNS = 3;

function time(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  // As package.json's scripts run it.
  const result = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A copy of the repository's inputs (spec, releases, template, snippets, recipes) around `spec`. */
function workspace(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'woes-bench-generate-'));
  writeFileSync(join(dir, 'asyncapi.yaml'), spec);
  mkdirSync(join(dir, 'releases'));
  return dir;
}

function measure(spec: string): { full: number; check: number } {
  const full: number[] = [];
  const check: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dir = workspace(spec);
    full.push(time(['generate'], dir));
    check.push(time(['generate', '--check'], dir));
  }
  return { full: median(full), check: median(check) };
}

const today = readFileSync('asyncapi.yaml', 'utf8');
const todayCount = Object.keys((parse(today) as { channels: object }).channels).length;
const large = syntheticContract(200);
const speedBefore = machineSpeed();
// First, one run with an empty cache, as after `npm ci`.
const cold = time(['generate'], workspace(today), { ...process.env, WOES_WEBHOOKS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'woes-bench-cache-')) });
const small = measure(today);
const big = measure(large);
const slope = ((big.full - small.full) / (200 - todayCount)) * 1000;
const mark = (value: number, target: number): string => `target < ${target} s   ${value < target ? 'ok' : 'MISSED'}`;

// The releases folder is left empty in the copies: the changelog of today's releases is part
// of `npm run generate -- --check` in the repository and costs the same at any contract size.
console.log(`generate — median of ${RUNS} runs, wall time including Node and tsx start-up`);
console.log(`  ${String(todayCount).padStart(3)} event types  generate          ${small.full.toFixed(2)} s   ${mark(small.full, 2.5)}`);
console.log(`  ${String(todayCount).padStart(3)} event types  generate, first run after npm ci (empty cache)  ${cold.toFixed(2)} s`);
console.log(`  ${String(todayCount).padStart(3)} event types  generate --check  ${small.check.toFixed(2)} s   ${mark(small.check, 2.5)}`);
console.log(`  200 event types  generate          ${big.full.toFixed(2)} s   ${mark(big.full, 5)}`);
console.log(`  200 event types  generate --check  ${big.check.toFixed(2)} s   ${mark(big.check, 5)}`);
console.log(`  slope: ${slope.toFixed(1)} ms per event type`);
console.log(`  ${MACHINE_SPEED}: ${speedBefore} before the runs; ${machineSpeed()} after`);
