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
  /**
   * Set when the case passed on its status codes but has side effects to check (processed
   * once, the newer state wins) that were not checked: the run had no inspection endpoint.
   */
  readonly sideEffectsNotChecked?: true;
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

/**
 * What a run proves. `conforms-uninspected`: every case passed on its status codes, but the
 * side effects of some (deduplication, ordering) were not checked, so a receiver that
 * processes a duplicate twice or lets a stale update win still gets it. It is not `conforms`.
 */
export type SuiteVerdict = 'conforms' | 'conforms-uninspected' | 'does-not-conform';

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
  /** Cases that passed without their side effects checked (see `CaseResult.sideEffectsNotChecked`). */
  readonly sideEffectsNotChecked: number;
  readonly verdict: SuiteVerdict;
  /** Shared causes, most important first; empty when failures (if any) are each their own. */
  readonly diagnoses: readonly Diagnosis[];
  readonly results: readonly CaseResult[];
}

/** The verdict of a run's counts: nothing failed, nothing left unrun (skipped cases are the caller's choice), every side effect checked. */
export function verdictOf(counts: Pick<SuiteReport, 'passed' | 'failed' | 'notRun' | 'sideEffectsNotChecked'>): SuiteVerdict {
  if (counts.failed > 0 || counts.notRun > 0 || counts.passed === 0) return 'does-not-conform';
  return counts.sideEffectsNotChecked > 0 ? 'conforms-uninspected' : 'conforms';
}

/**
 * The receiver conforms: nothing failed, nothing was left unrun, and the side effects of every
 * case that has some were checked (an inspection endpoint was given, or no such case ran).
 */
export const conforms = (report: SuiteReport): boolean => verdictOf(report) === 'conforms';
