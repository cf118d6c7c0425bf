import { spawnSync } from 'node:child_process';
import { nodeWithTsx } from '../../support/node-with-tsx.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAINTAINER_CLI } from '../../../tools/cli/program.js';
import { runCliInProcess } from '../../support/run-cli-in-process.js';

const cli = (args: string[], cwd = process.cwd()) => runCliInProcess(MAINTAINER_CLI, args, cwd);

const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('npm run generate', () => {
  // A whole generate --check in a fresh process (tsx, the parser's import): seconds of CPU.
  it('runs as a subprocess: --check exits 0 on the committed outputs', { timeout: 90_000 }, () => {
    const result = spawnSync(...nodeWithTsx('tools/cli/main.ts', ['generate', '--check']), { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/up to date/);
  });

  it('a broken spec: problems with file:line, exit 1, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-cli-'));
    writeFileSync(join(dir, 'asyncapi.yaml'), 'asyncapi: 3.0.0\ninfo:\n  title: x\n  version: [1\n');
    const result = await cli(['generate'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^asyncapi\.yaml:\d+:\d+ {2}\$/m);
    noStackTrace(result.stderr);
  });

  it.each([
    { args: ['generate', '--spec', 'missing.yaml'], status: 1, message: /cannot read \S*missing\.yaml \(ENOENT\)/ },
    { args: ['generate', '--chek'], status: 2, message: /Unknown option '--chek'/ },
    { args: ['generat'], status: 2, message: /unknown command "generat"/ },
  ])('$args.1 → one line, exit $status', async ({ args, status, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-cli-'));
    const result = await cli(args, dir);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    noStackTrace(result.stderr);
  });
});
