import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAINTAINER_CLI } from '../../../tools/cli/program.js';
import { nodeWithTsx } from '../../support/node-with-tsx.js';
import { runCliInProcess } from '../../support/run-cli-in-process.js';
import { runProcess } from '../../support/run-process.js';

const cli = (args: string[], cwd = process.cwd()) => runCliInProcess(MAINTAINER_CLI, args, cwd);

const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('npm run generate', () => {
  // A whole generate --check in a fresh process (tsx, the parser's import): seconds of CPU.
  it('runs as a subprocess: --check exits 0 on the committed outputs', { timeout: 190_000 }, async () => {
    const result = await runProcess(...nodeWithTsx('tools/cli/main.ts', ['generate', '--check']), { what: 'generate --check', deadlineSeconds: 180 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/up to date/);
  });

  // The CLI starts the parser's thread before anything else; a command that never lints must
  // still end as soon as it is done (it once waited on the idle thread for ever, which the
  // deadline turns into "timed out after 60 s"; the command itself takes a second or two).
  it.each([
    { args: ['--help'], status: 0 },
    { args: ['generat'], status: 2 },
  ])('runs as a subprocess: $args.0 ends on its own, exit $status', { timeout: 70_000 }, async ({ args, status }) => {
    const result = await runProcess(...nodeWithTsx('tools/cli/main.ts', args), { what: `the maintainers' CLI with ${args.join(' ')}`, deadlineSeconds: 60 });
    expect(result.status).toBe(status);
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
