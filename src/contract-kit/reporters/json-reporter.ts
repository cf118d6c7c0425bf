import { escapeLinesForTerminal } from '../safe-text/terminal-text.js';
import type { SuiteReport } from '../suite-report.js';

/** The whole report as JSON, for scripts and dashboards. */
export function renderJson(report: SuiteReport): string {
  // JSON.stringify escapes C0 controls in strings but not DEL, C1 or the bidirectional
  // overrides; as `\uXXXX` they are the same characters to a JSON reader, and text to a terminal.
  return escapeLinesForTerminal(
    JSON.stringify({ ...report, ms: Math.round(report.ms), results: report.results.map((result) => ({ ...result, ms: Math.round(result.ms) })) }, null, 2),
  );
}
