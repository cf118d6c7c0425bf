import type { SuiteReport } from '../suite-report.js';
import { renderJson } from './json-reporter.js';
import { renderJunit } from './junit-reporter.js';
import { renderTable } from './table-reporter.js';

export const REPORTERS = { table: renderTable, json: renderJson, junit: renderJunit } as const satisfies Record<string, (report: SuiteReport) => string>;
export type ReporterName = keyof typeof REPORTERS;
export const isReporterName = (name: string): name is ReporterName => Object.hasOwn(REPORTERS, name);
export { renderJson, renderJunit, renderTable };
