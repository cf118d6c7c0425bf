// `node scripts/run-alongside.mjs <npm script> -- <command> [args...]`: runs the command with
// its output as it comes, and the npm script beside it with its output held back and printed
// whole at the end; exits non-zero when either fails. `npm test` type-checks beside vitest this
// way: the type-check is one core's work for a while, and vitest leaves a core idle at times
// (suites waiting on servers, a browser, subprocesses), so together they take less than one
// after the other. (The build cannot go alongside: the type-check reads its declarations in
// dist/, as the examples import the package by name.)
import { spawn } from 'node:child_process';

const split = process.argv.indexOf('--');
const [script] = process.argv.slice(2, split);
const [command, ...args] = split === -1 ? [] : process.argv.slice(split + 1);
if (script === undefined || command === undefined) {
  console.error('usage: node scripts/run-alongside.mjs <npm script> -- <command> [args...]');
  process.exit(2);
}

const exited = (child) =>
  new Promise((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code, signal) => resolve(code ?? signal));
  });

// Under npm, npm_execpath is npm's own CLI: run it with this node, as npm does.
const npm = process.env.npm_execpath;
const beside = npm
  ? spawn(process.execPath, [npm, 'run', script], { stdio: ['ignore', 'pipe', 'pipe'] })
  : spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
const held = [];
beside.stdout.on('data', (chunk) => held.push(chunk));
beside.stderr.on('data', (chunk) => held.push(chunk));
// npm run puts node_modules/.bin on PATH, so `vitest` resolves as it does in a script.
const main = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => [main, beside].forEach((child) => child.kill(signal)));

const [mainCode, besideCode] = await Promise.all([exited(main), exited(beside)]);
process.stdout.write(Buffer.concat(held));
if (typeof mainCode === 'string') console.error(`${command}: ${mainCode}`);
if (besideCode !== 0) console.error(`npm run ${script} failed (${besideCode})`);
process.exitCode = mainCode === 0 && besideCode === 0 ? 0 : 1;
