import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (args: string[], cwd = process.cwd()) =>
  spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8' });

const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('woes-webhooks generate as a subprocess', () => {
  it('--check exits 0 on the committed outputs', () => {
    const result = cli(['generate', '--check']);
    expect(result.status, result.stderr).toBe(0);
  });

  it('--check also runs from the compiled CLI in dist/ (npm test builds it first)', () => {
    const result = spawnSync(process.execPath, ['dist/src/cli/main.js', 'generate', '--check'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/up to date/);
  });

  it('a broken spec: problems with file:line, exit 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-cli-'));
    writeFileSync(join(dir, 'asyncapi.yaml'), 'asyncapi: 3.0.0\ninfo:\n  title: x\n  version: [1\n');
    const result = cli(['generate'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^asyncapi\.yaml:\d+:\d+ {2}\$/m);
    noStackTrace(result.stderr);
  });

  it.each([
    { args: ['generate', '--spec', 'missing.yaml'], status: 1, message: /cannot read \S*missing\.yaml \(ENOENT\)/ },
    { args: ['generate', '--chek'], status: 2, message: /Unknown option '--chek'/ },
    { args: ['generat'], status: 2, message: /unknown command "generat"/ },
  ])('$args.1 → one line, exit $status', ({ args, status, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'woes-cli-'));
    const result = cli(args, dir);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
    noStackTrace(result.stderr);
  });
});
