import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { createDiffCommand } from '../../../tools/cli/commands/diff.js';
import { MAINTAINER_CLI } from '../../../tools/cli/program.js';
import { generate } from '../../../tools/derive/generate.js';
import { loadSpec, MAX_SPEC_BYTES } from '../../../tools/spec/load-spec.js';
import { lintOncePerText as lint } from '../../support/shared-parser-verdicts.js';

const spec = readFileSync('asyncapi.yaml', 'utf8');
const diffCli = { ...MAINTAINER_CLI, commands: [createDiffCommand(lint)] };

/** The real spec grown past the cap with comment lines: valid YAML, just too much of it. */
const oversized = (): string => `${spec}${'# padding padding padding padding padding padding padding padding\n'.repeat(Math.ceil(MAX_SPEC_BYTES / 66) + 1)}`;

/**
 * Contract paths no tool may read whole or wait on, as data: each makes `make(dir)` at
 * `dir/asyncapi.yaml` and names the problem code every command reports.
 */
const CASES: readonly { name: string; make: (file: string) => void; code: string; says: RegExp }[] = [
  { name: 'a spec over the size cap', make: (file) => writeFileSync(file, oversized()), code: 'spec_too_large', says: /at most 4 MB \(4194304 bytes\)/ },
  { name: 'a symlink to /dev/zero', make: (file) => symlinkSync('/dev/zero', file), code: 'not_a_regular_file', says: /not a regular file/ },
  // Opening a FIFO for reading blocks until someone writes; nobody will.
  { name: 'a FIFO', make: (file) => execFileSync('mkfifo', [file]), code: 'not_a_regular_file', says: /not a regular file/ },
];

describe.each(CASES)('$name as the contract', ({ make, code, says }) => {
  const folder = (name = 'asyncapi.yaml'): { dir: string; file: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-bounded-'));
    const file = join(dir, name);
    make(file);
    return { dir, file };
  };

  it('is refused before a byte is parsed', async () => {
    const { file } = folder();
    const loaded = await loadSpec(file, async () => {
      throw new Error('the parser must not run');
    });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((problem) => problem.code)).toEqual([code]);
    expect(loaded.problems[0]?.message).toMatch(says);
  });

  it('makes generate exit 1 with the problem and its fix, writing nothing', async () => {
    const { dir } = folder();
    const lines: string[] = [];
    expect(await generate({ lint, root: dir, log: (line) => lines.push(line) })).toBe(1);
    const output = lines.join('\n');
    expect(output).toMatch(new RegExp(`^asyncapi\\.yaml {2}\\$\\n {2}.*\\(${code}\\)\\n {2}fix: \\S`, 'm'));
    expect(output).toContain('nothing was written');
  });

  it('makes diff exit 2 with one line, as the head or the base', async () => {
    for (const [base, head] of [
      ['base.yaml', 'head.yaml'],
      ['head.yaml', 'base.yaml'],
    ]) {
      const { dir } = folder('head.yaml');
      writeFileSync(join(dir, 'base.yaml'), spec);
      const err: string[] = [];
      const exit = await runCli(diffCli, ['diff', base ?? '', head ?? ''], { out: () => undefined, err: (line) => err.push(line), cwd: dir });
      expect(exit).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(says);
      expect(err[0]).not.toMatch(/\n\s+at /);
    }
  });
});

describe('diff --base <git ref>', () => {
  it('refuses a contract over the size cap at that ref before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-bounded-git-'));
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.email=ci@woes.dev', '-c', 'user.name=CI', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '--quiet');
    writeFileSync(join(dir, 'asyncapi.yaml'), oversized());
    git('add', 'asyncapi.yaml');
    git('commit', '--quiet', '-m', 'a huge contract');
    writeFileSync(join(dir, 'asyncapi.yaml'), spec);
    const err: string[] = [];
    const exit = await runCli(diffCli, ['diff', '--base', 'HEAD'], { out: () => undefined, err: (line) => err.push(line), cwd: dir });
    expect(exit).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(
        /^woes-contract diff: HEAD:asyncapi\.yaml is not a valid contract: it is 4\.2 MB; a contract may be at most 4 MB \(4194304 bytes\)\. .*\(invalid_contract\)$/,
      ),
    ]);
  });
});
