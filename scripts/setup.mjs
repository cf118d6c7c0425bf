// @ts-check
// `npm run setup`: everything the tests need, on a fresh machine of this project's kind (Debian,
// Node 20, npm 11, root), then every derived artifact. In order: the system packages that are
// missing (apt-get, only when missing), the npm packages (`npm ci`), the pinned AsyncAPI CLI
// when it is missing or not at its pinned version, then `npm run generate`. `--check` (CI) runs
// `npm run generate -- --check` instead, so a stale derived file fails rather than being
// rewritten. Where a system package cannot be installed (not Debian, or not root), it does the
// rest, then names what is missing and how to get it, and exits 1.
//
// Plain Node with no dependency, so it runs before node_modules exists; the list of what is
// needed is scripts/setup/requirements.mjs, which the suites' own checks read too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cannotInstallReason, planSystemPackages, unmetReport } from './setup/plan.mjs';
import { check, installCommand, onPath, REPOSITORY_ROOT } from './setup/probe.mjs';
import { REQUIREMENTS } from './setup/requirements.mjs';

/** @typedef {import('./setup/requirements.mjs').Requirement} Requirement */

const checkOnly = process.argv.includes('--check');
const say = (/** @type {string} */ line) => console.log(`setup: ${line}`);

/**
 * Runs a command with its output shown; exits with its status when it fails.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {Record<string, string>} [env]
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, [...args], { cwd: REPOSITORY_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) {
    console.error(`setup: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`setup: \`${[command, ...args].join(' ')}\` failed (${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

// Under `npm run`, npm_execpath is npm's own CLI: run that one, with this node.
const npmCli = process.env.npm_execpath;
const npm = (/** @type {readonly string[]} */ args) => (npmCli ? run(process.execPath, [npmCli, ...args]) : run('npm', args));

// 1. Node and npm. npm 11 is the first to read the allowScripts policy in package.json.
const [nodeMajor = 0, nodeMinor = 0] = process.versions.node.split('.').map(Number);
if (nodeMajor < 20 || (nodeMajor === 20 && nodeMinor < 10)) {
  console.error(`setup: Node ${process.versions.node} is too old: this repository needs Node 20.10 or later (package.json "engines").`);
  process.exit(1);
}
const npmVersion = spawnSync(npmCli ? process.execPath : 'npm', npmCli ? [npmCli, '--version'] : ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
if (Number(npmVersion.split('.')[0]) < 11) {
  console.error(
    `setup: npm ${npmVersion || '(not found)'} does not read package.json's allowScripts, which keeps the dependencies' telemetry and shell-profile scripts from running. Install npm 11: npm install -g npm@11`,
  );
  process.exit(1);
}

// 2. The system packages, from Debian's archive, only those missing.
const unmet = /** @type {Requirement[]} */ ([]);
const cannotInstall = cannotInstallReason({ debian: existsSync('/etc/debian_version') && onPath('apt-get'), root: process.getuid?.() === 0 });
const system = planSystemPackages(REQUIREMENTS, (req) => check(req).met, cannotInstall);
unmet.push(...system.leftToYou);
if (system.missing.length === 0) {
  say('system packages: all present');
} else if (system.aptPackages.length > 0) {
  say(`installing ${system.aptPackages.join(' ')} (apt-get)`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...system.aptPackages], { DEBIAN_FRONTEND: 'noninteractive' });
  unmet.push(...system.missing.filter((req) => !check(req).met));
}

// 3. The npm packages, from the lockfile.
say('npm ci');
npm(['ci', '--no-audit', '--no-fund']);

// 4. What npm installs apart from the devDependencies (the AsyncAPI CLI), when missing or stale.
for (const req of REQUIREMENTS.filter((each) => 'npm' in each.install)) {
  if (check(req).met) {
    say(`${req.label}: present`);
    continue;
  }
  say(installCommand(req));
  if ('npm' in req.install) npm(req.install.npm);
  if (!check(req).met) unmet.push(req);
}

// 5. Every derived artifact, from asyncapi.yaml.
say(checkOnly ? 'npm run generate -- --check' : 'npm run generate');
npm(['run', 'generate', ...(checkOnly ? ['--', '--check'] : [])]);

if (unmet.length > 0) {
  for (const line of unmetReport(unmet, cannotInstall)) console.error(line);
  process.exit(1);
}
say('done; run the tests with `npm test`');
