import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { DiffReport } from '../../../tools/diff/change-model.js';
import { createDiffCommand } from '../../../tools/cli/commands/diff.js';
import { MAINTAINER_CLI } from '../../../tools/cli/program.js';
import { lintOncePerText } from '../../support/shared-parser-verdicts.js';
import { nodeWithTsx } from '../../support/node-with-tsx.js';
import { runCliInProcess } from '../../support/run-cli-in-process.js';
import { runProcess } from '../../support/run-process.js';
import { at, prop, realSpec } from './spec-edits.js';

const root = process.cwd();
// In-process cases share the AsyncAPI parser's verdict per spec text; the subprocess case runs it for real.
const program = { ...MAINTAINER_CLI, commands: [createDiffCommand(lintOncePerText)] };
const cli = (args: string[], cwd: string) => runCliInProcess(program, ['diff', ...args], cwd);
// Seconds of CPU (tsx, the parser); only a hung one reaches the deadline, under vitest's 120 s.
const subprocess = (args: string[], cwd: string) =>
  runProcess(...nodeWithTsx('tools/cli/main.ts', ['diff', ...args]), { what: `npm run diff -- ${args.join(' ')}`, cwd, deadlineSeconds: 80 });
const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'woes-diff-cli-'));
  copyFileSync(join(root, 'asyncapi.yaml'), join(dir, 'base.yaml'));
  const breaking = realSpec();
  delete at(breaking, 'components.schemas.Conversation.properties').tags;
  prop(breaking, 'Conversation', 'preview').maxLength = 100;
  writeFileSync(join(dir, 'breaking.yaml'), stringify(breaking));
  const released = structuredClone(breaking);
  at(released, 'info').version = `${Number(String(at(breaking, 'info').version).split('.')[0]) + 1}.0.0`;
  prop(released, 'EventEnvelope', 'apiVersion').const = 'v2';
  writeFileSync(join(dir, 'released.yaml'), stringify(released));
  writeFileSync(join(dir, 'not-yaml.yaml'), 'asyncapi: 3.0.0\ninfo: [unclosed\n');
  writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: { title: x, version: 1.0.0 }\npaths: {}\n');
});

describe('npm run diff', () => {
  it('a breaking change without a major version: the report names it, exit 1', async () => {
    const result = await cli(['base.yaml', 'breaking.yaml'], dir);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^breaking \(1\)$/m);
    expect(result.stdout).toMatch(
      /payload data\.tags: property "tags" removed \[conversation\.assigned, conversation\.created, conversation\.handed_off \+2 more\] {2}\(property-removed\)/,
    );
    expect(result.stdout).toMatch(/^non-breaking \(1\)$/m);
    expect(result.stdout).toMatch(/gate: FAIL .*major version bump/);
  });

  it('--json: the same report as data', async () => {
    const result = await cli(['base.yaml', 'breaking.yaml', '--json'], dir);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.counts).toEqual({ breaking: 1, policy: 0, 'non-breaking': 1, docs: 0 });
    expect(report.changes.map((change) => [change.rule, change.class])).toEqual([
      ['property-removed', 'breaking'],
      ['bound-tightened', 'non-breaking'],
    ]);
    expect(report.verdict).toMatchObject({ ok: false, required: 'major', actual: 'none' });
  });

  it('the same change with 2.0.0 and apiVersion v2 passes, exit 0', async () => {
    const result = await cli(['base.yaml', 'released.yaml'], dir);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^gate: pass$/m);
  });

  describe('--base <git-ref>', () => {
    let repo: string;
    beforeAll(() => {
      repo = mkdtempSync(join(tmpdir(), 'woes-diff-git-'));
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      copyFileSync(join(dir, 'base.yaml'), join(repo, 'asyncapi.yaml'));
      git('add', 'asyncapi.yaml');
      git('commit', '-q', '-m', 'base');
    });

    it('compares the working tree with the commit: unchanged passes, a breaking edit fails', async () => {
      copyFileSync(join(dir, 'base.yaml'), join(repo, 'asyncapi.yaml'));
      expect((await cli(['--base', 'HEAD'], repo)).status).toBe(0);
      copyFileSync(join(dir, 'breaking.yaml'), join(repo, 'asyncapi.yaml'));
      const result = await cli(['--base', 'HEAD'], repo);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^HEAD:asyncapi\.yaml \(\d+\.\d+\.\d+, apiVersion v1\) → asyncapi\.yaml/);
    });

    it.each([
      { args: ['--base', 'no-such-branch'], message: /^woes-contract diff: unknown git ref "no-such-branch".*\(unknown_git_ref\)$/ },
      { args: ['--base', 'HEAD', '--spec', 'draft.yaml'], message: /^woes-contract diff: draft\.yaml does not exist at HEAD.*\(not_in_git_ref\)$/ },
    ])('$args → one line, exit 2', async ({ args, message }) => {
      copyFileSync(join(dir, 'breaking.yaml'), join(repo, 'draft.yaml'));
      const result = await cli(args, repo);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(message);
      noStackTrace(result.stderr);
    });
  });

  it.each([
    { args: ['missing.yaml', 'base.yaml'], message: /^woes-contract diff: cannot read missing\.yaml \(ENOENT\); check the path\. \(unreadable_file\)$/ },
    { args: ['base.yaml', 'openapi.yaml'], message: /^woes-contract diff: openapi\.yaml is not an AsyncAPI contract .*\(not_a_contract\)$/ },
    { args: ['not-yaml.yaml', 'base.yaml'], message: /^woes-contract diff: not-yaml\.yaml:\d+ is not a contract: YAML syntax error.*\(not_a_contract\)$/ },
    { args: ['--base', 'HEAD'], message: /needs a git repository.*\(not_a_git_repository\)$/ },
    { args: ['base.yaml'], message: /give two contract files/ },
    { args: ['--base', 'HEAD', 'base.yaml'], message: /drop the file arguments/ },
  ])('bad input $args → one line, exit 2', async ({ args, message }) => {
    const result = await cli(args, dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    noStackTrace(result.stderr);
  });

  it('runs as a subprocess: arguments in, report on stdout, exit code out', async () => {
    const result = await subprocess(['base.yaml', 'breaking.yaml'], dir);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/gate: FAIL/);
  });
});
