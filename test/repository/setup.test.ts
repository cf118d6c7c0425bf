import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cannotInstallReason, planSystemPackages, unmetReport } from '../../scripts/setup/plan.mjs';
import { check, missingLine, REPOSITORY_ROOT, requirement } from '../../scripts/setup/probe.mjs';
import { REQUIREMENTS, type Requirement } from '../../scripts/setup/requirements.mjs';
import { MissingToolError, requireTools } from '../support/require-tools.js';

// `npm run setup` (scripts/setup.mjs) and the suites' own checks read one list of what the tests
// need (scripts/setup/requirements.mjs): here, that a probe tells present from missing, that each
// missing one is one line with its install command, that setup plans the right install for each
// kind of machine, and that the README, package.json and CI run the same two commands.
const scratch = mkdtempSync(join(tmpdir(), 'woes-setup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const bin = join(scratch, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'woes-present'), '#!/bin/sh\n');
chmodSync(join(bin, 'woes-present'), 0o755);
writeFileSync(join(bin, 'woes-not-executable'), '');
const prefix = join(scratch, 'prefix');
mkdirSync(join(prefix, 'node_modules/pinned'), { recursive: true });
writeFileSync(join(prefix, 'package.json'), JSON.stringify({ dependencies: { pinned: '1.2.3', stale: '2.0.0', absent: '1.0.0' } }));
writeFileSync(join(prefix, 'node_modules/pinned/package.json'), JSON.stringify({ version: '1.2.3' }));
mkdirSync(join(prefix, 'node_modules/stale'));
writeFileSync(join(prefix, 'node_modules/stale/package.json'), JSON.stringify({ version: '1.9.0' }));

const fake = (probe: Requirement['probe'], install: Requirement['install'] = { apt: ['woes-fake'] }): Requirement => ({
  name: 'fake',
  label: 'fake',
  neededBy: 'this test',
  probe,
  install,
});

const PROBE_CASES: readonly { readonly name: string; readonly probe: Requirement['probe']; readonly met: boolean }[] = [
  { name: 'a program on PATH', probe: { commands: ['woes-present'] }, met: true },
  { name: 'one of two programs missing', probe: { commands: ['woes-present', 'woes-absent'] }, met: false },
  { name: 'a file on PATH that is not executable', probe: { commands: ['woes-not-executable'] }, met: false },
  { name: 'an absolute file that exists', probe: { file: join(bin, 'woes-present') }, met: true },
  { name: 'a file from the repository root', probe: { file: 'package.json' }, met: true },
  { name: 'a file that does not exist', probe: { file: 'no/such/file' }, met: false },
  { name: 'an npm package at its pinned version', probe: { npmPrefix: prefix, pkg: 'pinned' }, met: true },
  { name: 'an npm package at another version', probe: { npmPrefix: prefix, pkg: 'stale' }, met: false },
  { name: 'an npm package not installed', probe: { npmPrefix: prefix, pkg: 'absent' }, met: false },
];

// (The probes that run a command, such as Flask's, are test/repository/missing-tools.test.ts's:
// this file starts no subprocess, so it stays in the fast lane.)
describe('a requirement probe', () => {
  it.each(PROBE_CASES)('$name: met is $met', ({ probe, met }) => {
    expect(check(fake(probe), { root: REPOSITORY_ROOT, path: bin }).met).toBe(met);
  });
});

describe('the line a missing requirement fails with', () => {
  it('is the install command, and that npm run setup runs it', () => {
    expect(missingLine(requirement('chromium'))).toBe('chromium is not installed: apt-get update && apt-get install -y chromium (npm run setup does this)');
    expect(missingLine(requirement('flask'))).toBe(
      'Flask (with Werkzeug) for /usr/bin/python3 is not installed: apt-get update && apt-get install -y python3-flask python3-werkzeug (npm run setup does this)',
    );
  });

  it.each(REQUIREMENTS.map((req) => [req.name, req] as const))('%s: one line, naming its command', (_name, req) => {
    const line = missingLine(req);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(
      / is not installed: (apt-get update && apt-get install -y [a-z0-9.+-]+( [a-z0-9.+-]+)*|npm ci --prefix \S+.*) \(npm run setup does this\)$/,
    );
  });

  it('names each requirement once, by a name the suites can ask for', () => {
    const names = REQUIREMENTS.map((req) => req.name);
    expect(new Set(names).size).toBe(names.length);
    expect(() => requirement('no-such-tool')).toThrow(/no requirement named "no-such-tool".*known: chromium, go/);
  });
});

describe('requireTools, which each suite calls before any slow work', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('throws one line per missing requirement, without a stack under them', () => {
    vi.stubEnv('WOES_TEST_HIDE_TOOLS', 'chromium,flask');
    const thrown = (() => {
      try {
        requireTools('chromium', 'flask');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(MissingToolError);
    const error = thrown as MissingToolError;
    expect(error.code).toBe('tool_missing');
    expect(error.message.split('\n')).toEqual([missingLine(requirement('chromium')), missingLine(requirement('flask'))]);
    expect(error.stack).toBe(`MissingToolError: ${error.message}`);
  });

  it('refuses a name the list does not have', () => {
    expect(() => requireTools('chromiun')).toThrow(/no requirement named "chromiun"/);
  });
});

describe('npm run setup, on each kind of machine', () => {
  const met = (missing: readonly string[]) => (req: Requirement) => !missing.includes(req.name);

  it('says why a machine cannot install Debian packages itself', () => {
    expect(cannotInstallReason({ debian: true, root: true })).toBe('');
    expect(cannotInstallReason({ debian: true, root: false })).toBe('not root');
    expect(cannotInstallReason({ debian: false, root: true })).toBe('this is not Debian (no apt-get)');
  });

  it('installs nothing when everything is there', () => {
    expect(planSystemPackages(REQUIREMENTS, met([]), '')).toEqual({ aptPackages: [], missing: [], leftToYou: [] });
  });

  it('as root on Debian, installs exactly the missing packages, each once', () => {
    const plan = planSystemPackages(REQUIREMENTS, met(['chromium', 'flask', 'jdk', 'asyncapi-cli']), '');
    expect(plan.aptPackages).toEqual(['chromium', 'openjdk-17-jdk-headless', 'python3-flask', 'python3-werkzeug']);
    expect(plan.leftToYou).toEqual([]);
    const shared = [fake({ file: '/a' }, { apt: ['x', 'y'] }), fake({ file: '/b' }, { apt: ['y'] })];
    expect(planSystemPackages(shared, () => false, '').aptPackages).toEqual(['x', 'y']);
  });

  it('elsewhere, installs nothing and names each missing one with its command', () => {
    const plan = planSystemPackages(REQUIREMENTS, met(['chromium', 'go']), 'not root');
    expect(plan.aptPackages).toEqual([]);
    expect(plan.leftToYou.map((req) => req.name)).toEqual(['chromium', 'go']);
    expect(unmetReport(plan.leftToYou, 'not root')).toEqual([
      'setup: missing, and not installed here (not root):',
      '  chromium, for the rendered docs pages (test/docs): apt-get update && apt-get install -y chromium',
      '  go, for the Go verification snippet: apt-get update && apt-get install -y golang-go',
      'setup: run `npm run setup` as root (or the commands above with sudo), then `npm test`.',
    ]);
    expect(unmetReport(plan.leftToYou, 'this is not Debian (no apt-get)').at(-1)).toMatch(/install each from your system's packages/);
  });
});

describe('the README, package.json and CI run the same two commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Set up and test'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const ci = readFileSync('.ci/run', 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(#|echo )/.test(line));
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('the README sets up with `npm run setup` and tests with `npm test`, nothing else', () => {
    expect(block.split('\n').flatMap((line) => (line.trim() === '' ? [] : [line.replace(/#.*/, '').trim()]))).toEqual(['npm run setup', 'npm test']);
  });

  it('npm run setup is the plain-Node script (it runs before node_modules exists)', () => {
    expect(scripts.setup).toBe('node scripts/setup.mjs');
  });

  it('CI runs that set-up (checking the derived files rather than writing them) and that test command', () => {
    expect(ci).toContain('npm run --silent setup -- --check');
    expect(ci.filter((line) => /^npm test\b/.test(line))).toHaveLength(1);
    expect(ci.join('\n')).not.toMatch(/apt-get|npm ci/);
  });
});
