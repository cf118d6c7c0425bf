// Wall time of the test suites: the fast lane (`npm run test:fast`) and the whole of `npm test`
// (build and type-check, then every suite), with vitest's share of it; then the time of each
// file in the whole run, slowest first, beside the figure from before the work on the test loop where
// one was recorded. Targets: fast lane under 30 s, `npm test` under 120 s on the 2-core machine.
// The machine's load is printed with each run: on a shared machine, figures move with it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MACHINE_SPEED, machineSpeed } from './support/machine-speed.js';

/**
 * Before: the first report of the slow test loop (npm test ~200 s), then commit 6e2eb62 (npm test 145 s wall, vitest
 * 136 s, 41 files, 1971 tests), then the last measurement before the first round of work, on a
 * quiet machine (vitest 139.7 s, 63 files, 3224 tests; fast lane 50.3 s), then 1db5e9b, the start
 * of the second round (npm test 148.6 s, vitest 139 s, fast lane 36-40 s, on a slower machine), then 87ce0d0, the
 * start of the third (npm test 123.6 s, vitest 117.8 s, fast lane 36.9 s, machine speed 434 ms).
 * Per file: seconds, with where the figure comes from. Files have moved since the first report:
 * test/diff → test/tools/diff, and test/generate → test/tools/derive.
 */
const BEFORE = {
  npmTest: '~200 s (first report), 145 s (6e2eb62), 148.6 s (1db5e9b), 123.6 s (87ce0d0)',
  vitest: '136 s (6e2eb62), 139.7 s (last, quiet), 139 s (1db5e9b), 117.8 s (87ce0d0)',
  fast: '50.3 s (last, quiet), 36-40 s (1db5e9b), 36.9 s (87ce0d0)',
  files: {
    'test/tools/diff/cli.test.ts': '45 s (first report), 31.6 s (1db5e9b)',
    'test/docs/rendered-pages.test.ts': '37 s (first report), 42.7 s (1db5e9b)',
    'test/tools/derive/broken-spec.test.ts': '34 s (first report), 32 s (last), 22.9 s (1db5e9b)',
    'test/contract-kit/cli.test.ts': '26 s (first report)',
    'test/tools/derive/cli.test.ts': '17 s (first report)',
    'test/tools/diff/diff.test.ts': '17 s (last)',
    'test/tools/derive/hostile-spec.test.ts': '11 s (last)',
    'test/package/fresh-projects.test.ts': '~50 s (last), 37.6 s (1db5e9b)',
    'test/contract-kit/examples.test.ts': '21.1 s (1db5e9b)',
    'test/docs/site-checks.test.ts': '18.6 s (1db5e9b)',
    'test/tools/diff/changelog.test.ts': '17.3 s (1db5e9b)',
    'test/docs/generator-parity.test.ts': '16.4 s (1db5e9b)',
  } as Record<string, string>,
};

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function run(command: string, args: readonly string[], env: Readonly<Record<string, string>>): { seconds: number; ok: boolean; loadBefore: string } {
  const loadBefore = load();
  const start = performance.now();
  const result = spawnSync(command, [...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { seconds: (performance.now() - start) / 1000, ok: result.status === 0, loadBefore };
}

interface Report {
  numTotalTestSuites: number;
  numPassedTests: number;
  numFailedTests: number;
  startTime: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

const speedBefore = machineSpeed();
const dir = mkdtempSync(join(tmpdir(), 'woes-bench-tests-'));
const fastReport = join(dir, 'fast.json');
// The fast lane three times (half a minute each), its median reported: one run moves by a
// fifth with the machine's neighbours.
const fastRuns = [0, 1, 2].map(() =>
  run('node_modules/.bin/vitest', ['run', '--reporter=json', `--outputFile.json=${fastReport}`], { WOES_TEST_LANE: 'fast' }),
);
const fast = [...fastRuns].sort((a, b) => a.seconds - b.seconds)[1] ?? { seconds: Number.NaN, ok: false, loadBefore: '' };
const fastCounts = JSON.parse(readFileSync(fastReport, 'utf8')) as Report;
// `npm test` as CI runs it; the arguments after -- reach its vitest run.
const allReport = join(dir, 'all.json');
const all = run('npm', ['test', '--', '--reporter=json', `--outputFile.json=${allReport}`], {});
const report = JSON.parse(readFileSync(allReport, 'utf8')) as Report;
const vitestSeconds = (Math.max(...report.testResults.map((file) => file.endTime)) - report.startTime) / 1000;
const verdict = (seconds: number, target: number): string => (seconds < target ? 'ok' : 'MISSED');

console.log(`tests — wall time (load average 1/5/15 min at the start of each run; ${report.testResults.length} files)`);
console.log(
  `  npm run test:fast     ${fast.seconds.toFixed(1).padStart(6)} s   target < 30 s    ${verdict(fast.seconds, 30)}   median of ${fastRuns.map((each) => each.seconds.toFixed(1)).join(', ')} s   load ${fast.loadBefore}   (${fastCounts.numPassedTests} passed, ${fastCounts.numFailedTests} failed${fastRuns.every((each) => each.ok) ? '' : '; a run FAILED'}; ${fastCounts.testResults.length} files)   before: ${BEFORE.fast}`,
);
console.log(
  `  npm test, one run     ${all.seconds.toFixed(1).padStart(6)} s   target < 120 s   ${verdict(all.seconds, 120)}   load ${all.loadBefore}   (${report.numPassedTests} passed, ${report.numFailedTests} failed${all.ok ? '' : '; npm test FAILED'})   before: ${BEFORE.npmTest}`,
);
console.log(`    of which vitest     ${vitestSeconds.toFixed(1).padStart(6)} s   before: ${BEFORE.vitest}`);
console.log(`    build + type-check  ${(all.seconds - vitestSeconds).toFixed(1).padStart(6)} s   (and npm's start)`);
console.log(`  load average now: ${load()}`);
console.log(`  ${MACHINE_SPEED}: ${speedBefore} before the runs; ${machineSpeed()} after`);
console.log('  per file in npm test, slowest first (three files run at a time):');
const rows = report.testResults
  .map((file) => [relative(process.cwd(), file.name), (file.endTime - file.startTime) / 1000] as const)
  .sort((a, b) => b[1] - a[1]);
for (const [name, seconds] of rows) {
  const before = BEFORE.files[name];
  console.log(`    ${seconds.toFixed(1).padStart(6)} s  ${name}${before ? `   (before: ${before})` : ''}`);
}
