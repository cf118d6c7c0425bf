import { escapeXml } from '../safe-text/xml-text.js';
import type { SuiteReport } from '../suite-report.js';

/** JUnit XML, the format CI systems (GitHub Actions reporters, GitLab, Jenkins) display. */
export function renderJunit(report: SuiteReport): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(3);
  const cases = report.results.map((result) => {
    const open = `    <testcase classname="woes.conformance.${escapeXml(result.group)}" name="${escapeXml(result.id)}" time="${seconds(result.ms)}">`;
    // Shown as skipped, not passed: CI dashboards count it, and the case's point went unchecked.
    if (result.status === 'pass' && result.sideEffectsNotChecked === true)
      return `${open}<skipped message="${escapeXml('status codes passed; side effects not checked: pass --inspect <url> (the inspection routes)')}"/></testcase>`;
    if (result.status === 'pass') return `${open}</testcase>`;
    if (result.status === 'skipped') return `${open}<skipped/></testcase>`;
    const cause = report.diagnoses.find((diagnosis) => diagnosis.code === result.explainedBy);
    if (result.status === 'not-run') return `${open}<skipped message="${escapeXml(`not run: ${cause?.headline ?? 'the suite stopped early'}`)}"/></testcase>`;
    const message = escapeXml(result.failure ?? 'failed');
    const fix = cause === undefined ? `fix: ${escapeXml(result.fix ?? '')}` : `cause: ${escapeXml(cause.headline)}`;
    return `${open}\n      <failure message="${message}">${message}\n${fix}</failure>\n    </testcase>`;
  });
  const causes = report.diagnoses.map((diagnosis) =>
    escapeXml(`Cause: ${diagnosis.headline}${diagnosis.evidence === undefined ? '' : `\n  The receiver said: ${diagnosis.evidence}`}`),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="woes-webhooks test-receiver" tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped + report.notRun + report.sideEffectsNotChecked}" time="${seconds(report.ms)}">`,
    `  <testsuite name="${escapeXml(`conformance ${report.contractVersion}: ${report.target}`)}" tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped + report.notRun + report.sideEffectsNotChecked}" time="${seconds(report.ms)}">`,
    ...cases,
    ...(causes.length === 0 ? [] : [`    <system-out>${causes.join('\n')}</system-out>`]),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
