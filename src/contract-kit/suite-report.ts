/** The outcome of one conformance case. */
export interface CaseResult {
  readonly id: string;
  readonly title: string;
  readonly group: string;
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly ms: number;
  /** The status of each request sent, `null` where nothing answered. */
  readonly statuses: readonly (number | null)[];
  /** True when the case's side effects were checked through the inspection endpoint. */
  readonly inspected: boolean;
  /** What happened instead of what the case expects. */
  readonly failure?: string;
  /** One line: what to change in the receiver. */
  readonly fix?: string;
}

/** A whole run: what every reporter renders. */
export interface SuiteReport {
  readonly target: string;
  readonly contractVersion: string;
  readonly inspected: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly ms: number;
  readonly results: readonly CaseResult[];
}

/** The receiver conforms when nothing failed (skipped cases are the caller's choice). */
export const conforms = (report: SuiteReport): boolean => report.failed === 0 && report.passed > 0;
