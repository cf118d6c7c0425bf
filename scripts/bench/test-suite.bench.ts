// Wall time of the test suites: the fast lane (`npm run test:fast`) and the whole of vitest
// (`npm test` less its build and typecheck), then the time of each file in the whole run,
// slowest first. Targets: fast lane under 30 s, `npm test` under 120 s on the 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

function run(env: Readonly<Record<string, string>>, report: string): number {
  const start = performance.now();
  spawnSync('node_modules/.bin/vitest', ['run', '--reporter=json', `--outputFile.json=${report}`], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return (performance.now() - start) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'woes-bench-tests-'));
const fast = run({ WOES_TEST_LANE: 'fast' }, join(dir, 'fast.json'));
const all = run({}, join(dir, 'all.json'));
const report = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number }[];
};
console.log('tests — one run each, wall time');
console.log(`  npm run test:fast     ${fast.toFixed(1)} s   target < 30 s    ${fast < 30 ? 'ok' : 'MISSED'}`);
console.log(
  `  vitest, every suite   ${all.toFixed(1)} s   target < 120 s   ${all < 120 ? 'ok' : 'MISSED'}   (${report.numPassedTests} passed, ${report.numFailedTests} failed)`,
);
console.log('  per file, slowest first (three files run at a time):');
const rows = report.testResults
  .map((file) => [relative(process.cwd(), file.name), (file.endTime - file.startTime) / 1000] as const)
  .sort((a, b) => b[1] - a[1]);
for (const [name, seconds] of rows) console.log(`    ${seconds.toFixed(1).padStart(6)} s  ${name}`);
