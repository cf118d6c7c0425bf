import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, missingLine, requirement } from '../../scripts/setup/probe.mjs';
import type { Requirement } from '../../scripts/setup/requirements.mjs';
import { runProcess } from '../support/run-process.js';

// Each suite that needs a program or a system package fails at once, before any slow work,
// with one line per missing one that names its install command; none skips. Proven by running
// those suites with every such requirement hidden (WOES_TEST_HIDE_TOOLS, which only
// test/support/require-tools.ts reads): each must fail before a test runs, with exactly its lines.
const SUITES: readonly { readonly file: string; readonly requires: readonly string[] }[] = [
  { file: 'test/docs/rendered-pages.test.ts', requires: ['chromium'] },
  { file: 'test/docs/language-snippets.test.ts', requires: ['go', 'ruby', 'php', 'jdk'] },
  { file: 'test/docs/snippets.test.ts', requires: ['python3'] },
  { file: 'test/contract-kit/examples.test.ts', requires: ['python3', 'flask'] },
  { file: 'test/contract-kit/python-harness.test.ts', requires: ['python3'] },
  { file: 'test/docs/generator-parity.test.ts', requires: ['asyncapi-cli'] },
];

interface JsonReport {
  readonly numTotalTests: number;
  readonly testResults: readonly { readonly name: string; readonly status: string; readonly message: string; readonly assertionResults: readonly unknown[] }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'woes-missing-tools-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// One vitest run over the six files: each stops at its first statement, so this is the time
// vitest takes to load them, seconds. The deadline is for a run that hangs.
const DEADLINE_S = 120;

describe('with every program and system package hidden', { timeout: (DEADLINE_S + 10) * 1000 }, () => {
  const report = (async (): Promise<JsonReport> => {
    const output = join(scratch, 'report.json');
    const hidden = [...new Set(SUITES.flatMap((suite) => suite.requires))].join(',');
    const { ASYNCAPI_CLI: _cli, WOES_TEST_LANE: _lane, ...env } = process.env;
    await runProcess('node_modules/.bin/vitest', ['run', ...SUITES.map((suite) => suite.file), '--reporter=json', `--outputFile=${output}`], {
      what: 'vitest running the suites with their tools hidden',
      env: { ...env, WOES_TEST_HIDE_TOOLS: hidden },
      deadlineSeconds: DEADLINE_S,
    });
    return JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
  })();
  report.catch(() => undefined);

  it('no test runs', async () => {
    expect((await report).numTotalTests).toBe(0);
  });

  it.each(SUITES)('$file fails with one line per missing requirement, each with its command', async ({ file, requires }) => {
    const result = (await report).testResults.find((each) => each.name.endsWith(`/${file}`));
    expect(result?.status).toBe('failed');
    expect(result?.assertionResults).toEqual([]);
    expect(result?.message).toBe(requires.map((name) => missingLine(requirement(name))).join('\n'));
  });
});

// The probe kind that runs a command (Flask's: `/usr/bin/python3 -c 'import flask, werkzeug'`).
describe('a requirement probe that runs a command', () => {
  const fake = (run: readonly string[]): Requirement => ({
    name: 'fake',
    label: 'fake',
    neededBy: 'this test',
    probe: { run },
    install: { apt: ['woes-fake'] },
  });

  it.each([
    { name: 'exits 0', run: [process.execPath, '-e', 'process.exit(0)'], met: true },
    { name: 'exits 1', run: [process.execPath, '-e', 'process.exit(1)'], met: false },
    { name: 'names a program that does not exist', run: [join(scratch, 'no-such-python'), '-c', 'import flask'], met: false },
  ])('met is $met when the command $name', ({ run, met }) => {
    expect(check(fake(run)).met).toBe(met);
  });
});
