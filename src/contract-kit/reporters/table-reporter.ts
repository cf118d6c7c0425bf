import { escapeForTerminal } from '../safe-text/terminal-text.js';
import type { SuiteReport } from '../suite-report.js';

const MARK = { pass: 'ok  ', fail: 'FAIL', skipped: 'skip', 'not-run': '----' } as const;

/** The verdict, in words a CI log reader cannot take for a pass when it is not one. */
function verdictText(report: SuiteReport): string {
  if (report.verdict === 'conforms') return 'the receiver conforms.';
  if (report.verdict === 'does-not-conform') return 'the receiver does NOT conform.';
  const ids = report.results.filter((result) => result.sideEffectsNotChecked === true).map((result) => result.id);
  return `the receiver conforms on status codes ONLY. The side effects of ${ids.length} case(s) were not checked (${ids.join(', ')}): a receiver that runs a duplicate twice or lets a stale update win passes them too. Pass --inspect <url> (the inspection routes) to check them.`;
}

/**
 * The default reporter: one line per case, and under each failure what happened and a
 * one-line fix. When many failures share one cause, that cause is printed once at the end
 * (where a terminal or CI log leaves the reader), and the per-case fixes it makes moot are left out.
 */
export function renderTable(report: SuiteReport): string {
  const width = Math.max(...report.results.map((result) => result.id.length), 10);
  const indent = `      ${' '.repeat(width)}          `;
  const lines = [`Woes webhook conformance (contract ${report.contractVersion}) against ${report.target}`, ''];
  for (const result of report.results) {
    const ms = result.status === 'skipped' || result.status === 'not-run' ? '' : `${Math.round(result.ms)} ms`.padStart(8);
    const unchecked = result.sideEffectsNotChecked === true ? '  (side effects not checked)' : '';
    lines.push(`${MARK[result.status]}  ${result.id.padEnd(width)} ${ms.padStart(8)}  ${result.title}${unchecked}`);
    if (result.status !== 'fail') continue;
    if (result.explainedBy === undefined) {
      lines.push(`${indent}${result.failure ?? ''}`);
      lines.push(`${indent}fix: ${result.fix ?? ''}`);
    } else {
      // The shared cause, printed once below, carries the detail and the fix.
      lines.push(`${indent}${result.failure ?? ''} (see the cause below)`);
    }
  }
  lines.push('');
  const notRun = report.notRun > 0 ? `, ${report.notRun} not run` : '';
  lines.push(
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped${notRun} in ${(report.ms / 1000).toFixed(2)} s: ${verdictText(report)}`,
  );
  for (const diagnosis of report.diagnoses) {
    lines.push(`Cause: ${diagnosis.headline}`);
    if (diagnosis.evidence !== undefined) lines.push(`  The receiver said: ${diagnosis.evidence}`);
  }
  if (!report.inspected && report.verdict !== 'conforms-uninspected' && report.sideEffectsNotChecked > 0)
    lines.push('Side effects (dedupe, ordering) were not inspected: pass --inspect <url> to check them too.');
  // The receiver's answers and the spec's titles are text, never terminal control sequences.
  return lines.map(escapeForTerminal).join('\n');
}
