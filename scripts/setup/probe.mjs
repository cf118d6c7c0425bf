// @ts-check
// Whether a requirement (scripts/setup/requirements.mjs) is met on this machine, and the one line
// that says how to meet it. `npm run setup` and the suites' checks (test/support/require-tools.ts)
// both ask here, so what setup installs is what the tests look for.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUIREMENTS } from './requirements.mjs';

/** @typedef {import('./requirements.mjs').Requirement} Requirement */

export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A probe command is a few hundred milliseconds of work; only a hung one takes this long. */
const PROBE_DEADLINE_MS = 60_000;

/**
 * @param {string} name
 * @returns {Requirement}
 */
export function requirement(name) {
  const found = REQUIREMENTS.find((each) => each.name === name);
  if (!found) throw new Error(`no requirement named "${name}" in scripts/setup/requirements.mjs; known: ${REQUIREMENTS.map((each) => each.name).join(', ')}`);
  return found;
}

/**
 * @param {string} program
 * @param {string} [path]
 */
export function onPath(program, path = process.env.PATH ?? '') {
  return path
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => {
      const candidate = join(dir, program);
      try {
        accessSync(candidate, constants.X_OK);
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
}

/**
 * @param {string} file
 * @returns {unknown}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * @param {string} prefix
 * @param {string} pkg
 * @param {string} root
 */
function npmPackagePinned(prefix, pkg, root) {
  const manifest = /** @type {{ dependencies?: Record<string, string> }} */ (readJson(resolve(root, prefix, 'package.json')));
  const installed = resolve(root, prefix, 'node_modules', pkg, 'package.json');
  if (!existsSync(installed)) return false;
  return /** @type {{ version?: string }} */ (readJson(installed)).version === manifest.dependencies?.[pkg];
}

/**
 * `{ met: true }`, or `{ met: false, note }` where `note` says more than "not installed" when
 * there is more to say (a check that hung).
 * @param {Requirement} req
 * @param {{ root?: string, path?: string }} [where]
 * @returns {{ met: true } | { met: false, note: string }}
 */
export function check(req, where = {}) {
  const root = where.root ?? REPOSITORY_ROOT;
  const { probe } = req;
  if ('commands' in probe) return probe.commands.every((program) => onPath(program, where.path)) ? { met: true } : { met: false, note: '' };
  if ('file' in probe) return existsSync(resolve(root, probe.file)) ? { met: true } : { met: false, note: '' };
  if ('npmPrefix' in probe) return npmPackagePinned(probe.npmPrefix, probe.pkg, root) ? { met: true } : { met: false, note: '' };
  const [command = '', ...args] = probe.run;
  const result = spawnSync(command, args, {
    stdio: 'ignore',
    timeout: PROBE_DEADLINE_MS,
    ...(where.path === undefined ? {} : { env: { ...process.env, PATH: where.path } }),
  });
  if (result.status === 0) return { met: true };
  if (result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT') {
    return { met: false, note: ` (the check \`${probe.run.join(' ')}\` did not finish in ${PROBE_DEADLINE_MS / 1000} s)` };
  }
  return { met: false, note: '' };
}

/**
 * The command that installs it, as a person types it.
 * @param {Requirement} req
 */
export function installCommand(req) {
  return 'apt' in req.install ? `apt-get update && apt-get install -y ${req.install.apt.join(' ')}` : `npm ${req.install.npm.join(' ')}`;
}

/**
 * The one line a suite fails with when the requirement is not met.
 * @param {Requirement} req
 * @param {string} [note]
 */
export function missingLine(req, note = '') {
  return `${req.label} is not installed${note}: ${installCommand(req)} (npm run setup does this)`;
}
