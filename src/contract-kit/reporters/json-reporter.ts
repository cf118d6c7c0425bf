import type { SuiteReport } from '../suite-report.js';

/** The whole report as JSON, for scripts and dashboards. */
export function renderJson(report: SuiteReport): string {
  return JSON.stringify({ ...report, ms: Math.round(report.ms), results: report.results.map((result) => ({ ...result, ms: Math.round(result.ms) })) }, null, 2);
}
