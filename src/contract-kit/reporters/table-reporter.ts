import type { SuiteReport } from '../suite-report.js';

const MARK = { pass: 'ok  ', fail: 'FAIL', skipped: 'skip' } as const;

/**
 * The default reporter: one line per case, and under each failure what happened and a
 * one-line fix. Readable in a terminal and in a CI log.
 */
export function renderTable(report: SuiteReport): string {
  const width = Math.max(...report.results.map((result) => result.id.length), 10);
  const lines = [`Woes webhook conformance (contract ${report.contractVersion}) against ${report.target}`, ''];
  for (const result of report.results) {
    const ms = result.status === 'skipped' ? '' : `${Math.round(result.ms)} ms`.padStart(8);
    lines.push(`${MARK[result.status]}  ${result.id.padEnd(width)} ${ms}  ${result.title}`);
    if (result.status === 'fail') {
      lines.push(`      ${' '.repeat(width)}          ${result.failure ?? ''}`);
      lines.push(`      ${' '.repeat(width)}          fix: ${result.fix ?? ''}`);
    }
  }
  lines.push('');
  const verdict = report.failed === 0 ? 'conforms' : 'does NOT conform';
  lines.push(`${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped in ${(report.ms / 1000).toFixed(2)} s: the receiver ${verdict}.`);
  if (!report.inspected) lines.push('Side effects (dedupe, ordering) were not inspected: pass --inspect <url> to check them too.');
  return lines.join('\n');
}
