import type { SuiteReport } from '../suite-report.js';

const MARK = { pass: 'ok  ', fail: 'FAIL', skipped: 'skip', 'not-run': '----' } as const;

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
    lines.push(`${MARK[result.status]}  ${result.id.padEnd(width)} ${ms.padStart(8)}  ${result.title}`);
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
  const verdict = report.failed === 0 && report.notRun === 0 ? 'conforms' : 'does NOT conform';
  const notRun = report.notRun > 0 ? `, ${report.notRun} not run` : '';
  lines.push(
    `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped${notRun} in ${(report.ms / 1000).toFixed(2)} s: the receiver ${verdict}.`,
  );
  for (const diagnosis of report.diagnoses) {
    lines.push(`Cause: ${diagnosis.headline}`);
    if (diagnosis.evidence !== undefined) lines.push(`  The receiver said: ${diagnosis.evidence}`);
  }
  if (!report.inspected) lines.push('Side effects (dedupe, ordering) were not inspected: pass --inspect <url> to check them too.');
  return lines.join('\n');
}
