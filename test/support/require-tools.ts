import { check, missingLine, requirement } from '../../scripts/setup/probe.mjs';

/**
 * Thrown when a suite's program or system package is missing: one line per missing one, each
 * with the command that installs it. Never a skip: a suite that cannot run fails the run.
 */
export class MissingToolError extends Error {
  readonly code = 'tool_missing';
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'MissingToolError';
    // The lines are the whole story: no stack under them in the test report.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * The requirements (scripts/setup/requirements.mjs) a test of these checks pretends are missing,
 * as `WOES_TEST_HIDE_TOOLS=chromium,flask`: test/repository/missing-tools.test.ts runs the suites
 * so, to prove each fails at once with its line. Read here only, never by `npm run setup`.
 */
function hidden(): ReadonlySet<string> {
  return new Set((process.env.WOES_TEST_HIDE_TOOLS ?? '').split(',').filter((name) => name !== ''));
}

/**
 * Call first in a suite, before any slow work: throws a MissingToolError naming each missing
 * requirement and the command that installs it (`chromium is not installed: apt-get update &&
 * apt-get install -y chromium (npm run setup does this)`).
 */
export function requireTools(...names: readonly string[]): void {
  const hide = hidden();
  const lines = names.flatMap((name) => {
    const req = requirement(name);
    if (hide.has(name)) return [missingLine(req)];
    const result = check(req);
    return result.met ? [] : [missingLine(req, result.note)];
  });
  if (lines.length > 0) throw new MissingToolError(lines);
}
