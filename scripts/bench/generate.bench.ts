// Wall time of `generate` (every output written into an empty copy) and of `generate --check`
// (derive in memory and compare), each as the subprocess a developer or CI runs.
// Target: each under 5 s on the 2-core machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const cli = resolve('src/cli/main.ts');
const tsx = resolve('node_modules/.bin/tsx');

function time(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(tsx, [cli, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`generate failed:\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

const runs = 3;
const full: number[] = [];
const check: number[] = [];
for (let i = 0; i < runs; i++) {
  const empty = mkdtempSync(join(tmpdir(), 'woes-bench-generate-'));
  copyFileSync('asyncapi.yaml', join(empty, 'asyncapi.yaml'));
  full.push(time(['generate'], empty));
  check.push(time(['generate', '--check'], process.cwd()));
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log('generate — median of 3 runs, wall time including Node and tsx start-up');
console.log(`  generate (all outputs written)   ${median(full).toFixed(2)} s   target < 5 s   ${median(full) < 5 ? 'ok' : 'MISSED'}`);
console.log(`  generate --check                 ${median(check).toFixed(2)} s   target < 5 s   ${median(check) < 5 ? 'ok' : 'MISSED'}`);
