/** The outcome of one conformance case. */
export interface CaseResult {
  readonly id: string;
  readonly title: string;
  readonly group: string;
  /** `not-run`: the suite stopped before this case (see the report's diagnoses). */
  readonly status: 'pass' | 'fail' | 'skipped' | 'not-run';
  readonly ms: number;
  /** The status of each request sent, `null` where nothing answered. */
  readonly statuses: readonly (number | null)[];
  /** True when the case's side effects were checked through the inspection endpoint. */
  readonly inspected: boolean;
  /** What happened instead of what the case expects. */
  readonly failure?: string;
  /** One line: what to change in the receiver. */
  readonly fix?: string;
  /** Set when one cause shared by many cases explains this one (the diagnosis's code): then `fix` does not apply. */
  readonly explainedBy?: DiagnosisCode;
}

/** Causes the suite recognises when many cases fail the same way. */
export type DiagnosisCode = 'route_missing' | 'same_answer_everywhere' | 'inspection_not_mounted' | 'receiver_silent' | 'deadline_reached';

/** One cause behind many failures, named once. */
export interface Diagnosis {
  readonly code: DiagnosisCode;
  /** One line: the cause and its fix. */
  readonly headline: string;
  /** What the receiver said, as far as it was read, when that is the evidence (its own error text). */
  readonly evidence?: string;
  /** The ids of the cases it explains. */
  readonly cases: readonly string[];
}

/** A whole run: what every reporter renders. */
export interface SuiteReport {
  readonly target: string;
  readonly contractVersion: string;
  readonly inspected: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  /** Cases not run because the suite stopped early (a silent receiver, the deadline). */
  readonly notRun: number;
  readonly ms: number;
  /** Shared causes, most important first; empty when failures (if any) are each their own. */
  readonly diagnoses: readonly Diagnosis[];
  readonly results: readonly CaseResult[];
}

/** The receiver conforms when nothing failed and nothing was left unrun (skipped cases are the caller's choice). */
export const conforms = (report: SuiteReport): boolean => report.failed === 0 && report.notRun === 0 && report.passed > 0;
