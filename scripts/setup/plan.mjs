// @ts-check
// What `npm run setup` does about the system packages, decided apart from doing it, so the
// decision is tested with every kind of machine (test/repository/setup.test.ts).
import { installCommand } from './probe.mjs';

/** @typedef {import('./requirements.mjs').Requirement} Requirement */

/**
 * Why this machine cannot install Debian packages itself, or '' when it can (Debian, as root).
 * @param {{ debian: boolean, root: boolean }} machine
 */
export function cannotInstallReason(machine) {
  if (!machine.debian) return 'this is not Debian (no apt-get)';
  if (!machine.root) return 'not root';
  return '';
}

/**
 * The Debian packages to install (each once, in the list's order), or, where the machine cannot
 * install them, the requirements left for the person to install.
 * @param {readonly Requirement[]} requirements
 * @param {(req: Requirement) => boolean} met
 * @param {string} cannotInstall what `cannotInstallReason` said
 * @returns {{ aptPackages: string[], missing: Requirement[], leftToYou: Requirement[] }}
 */
export function planSystemPackages(requirements, met, cannotInstall) {
  const missing = requirements.filter((req) => 'apt' in req.install && !met(req));
  if (cannotInstall) return { aptPackages: [], missing, leftToYou: missing };
  const aptPackages = [...new Set(missing.flatMap((req) => ('apt' in req.install ? req.install.apt : [])))];
  return { aptPackages, missing, leftToYou: [] };
}

/**
 * The closing lines when something is still missing: each with what needs it and the command
 * that installs it, then what to do.
 * @param {readonly Requirement[]} unmet
 * @param {string} cannotInstall
 * @returns {string[]}
 */
export function unmetReport(unmet, cannotInstall) {
  const lines = [`setup: missing, and not installed here (${cannotInstall || 'the install did not provide them'}):`];
  for (const req of unmet) lines.push(`  ${req.label}, for ${req.neededBy}: ${installCommand(req)}`);
  if (cannotInstall === 'not root') lines.push('setup: run `npm run setup` as root (or the commands above with sudo), then `npm test`.');
  else if (cannotInstall) lines.push("setup: install each from your system's packages (the commands above name Debian's), then `npm test`.");
  else lines.push('setup: the packages above installed, but the check still fails: see the apt-get output above.');
  return lines;
}
