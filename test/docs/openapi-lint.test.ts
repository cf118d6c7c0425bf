import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from './support/docs-site.js';

// Redocly CLI, pinned in the devDependencies, with its `recommended` ruleset: the command an
// integrator runs on an OpenAPI file before importing it. Offline: no telemetry, no update check.
const REDOCLY = resolve('node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'woes-redocly-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface LintReport {
  readonly totals: { readonly errors: number; readonly warnings: number; readonly ignored: number };
  readonly problems: readonly { readonly ruleId: string; readonly message: string }[];
}

function lint(file: string): { status: number | null; report: LintReport } {
  const result = spawnSync(process.execPath, [REDOCLY, 'lint', file, '--extends', 'recommended', '--format', 'json'], {
    encoding: 'utf8',
    cwd: scratch,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
    timeout: 60_000,
  });
  const start = result.stdout.indexOf('{');
  if (start === -1) throw new Error(`redocly lint printed no report (exit ${result.status}):\n${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout.slice(start)) as LintReport };
}

describe('redocly lint --extends recommended', () => {
  it('finds nothing in docs/webhooks/openapi.json: no error, no warning, nothing ignored', () => {
    // Linted from a scratch folder, so no redocly.yaml or ignore file can soften the ruleset.
    const copy = join(scratch, 'openapi.json');
    writeFileSync(copy, readFileSync(join(DOCS_DIR, 'webhooks', 'openapi.json')));
    const { status, report } = lint(copy);
    expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(status).toBe(0);
  });

  it('reports what 1.1.1 exported without a license, a server or a security scheme (the check can fail)', () => {
    const document = JSON.parse(readFileSync(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as Record<string, unknown>;
    const { license: _license, ...info } = document.info as Record<string, unknown>;
    const { servers: _servers, security: _security, ...rest } = document;
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...rest, info }));
    const { status, report } = lint(broken);
    expect(status).toBe(1);
    // Without `security`, the signature scheme is declared and never used.
    expect(new Set(report.problems.map((problem) => problem.ruleId))).toEqual(
      new Set(['info-license', 'no-empty-servers', 'security-defined', 'no-unused-components']),
    );
  });
});
