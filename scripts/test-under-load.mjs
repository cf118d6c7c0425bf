// @ts-check
// `npm run test:load [-- <vitest arguments>]`: `npm test` while stress-ng keeps every core busy,
// then the wall time. No test's deadline may be the machine's: a test that passes alone and fails
// here waits on a timer where it should wait on a condition, or bounds a step by what it takes
// on an idle machine. stress-ng (Debian's; `npm run setup` installs it) stops with the run, and
// on its own after an hour should this script be killed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { check, missingLine, requirement } from './setup/probe.mjs';

const stressNg = requirement('stress-ng');
if (!check(stressNg).met) {
  console.error(missingLine(stressNg));
  process.exit(1);
}

const cores = availableParallelism();
const stress = spawn('stress-ng', ['--cpu', String(cores), '--timeout', '3600', '--quiet'], { stdio: 'ignore' });
console.log(`test:load: stress-ng --cpu ${cores} (pid ${stress.pid}) keeps every core busy; npm test runs beside it`);

const npmCli = process.env.npm_execpath;
const args = ['test', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])];
const started = performance.now();
const test = npmCli ? spawn(process.execPath, [npmCli, ...args], { stdio: 'inherit' }) : spawn('npm', args, { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    test.kill(signal);
    stress.kill('SIGTERM');
  });
}
test.once('close', (code, signal) => {
  stress.kill('SIGTERM');
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`test:load: npm test ${code === 0 ? 'passed' : `failed (${code ?? signal})`} in ${seconds} s with ${cores} cores busy`);
  process.exitCode = code === 0 ? 0 : 1;
});
