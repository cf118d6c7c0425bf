import { CONFORMANCE_SUITE, type ConformanceCase, type ConformanceSuite } from '../../generated/conformance/cases.js';
import { buildRequest, type SigningContext } from './build-request.js';
import { selectCases } from './case-selection.js';
import { diagnoseSuite, type CaseTrace } from './diagnose-suite.js';
import { runInspectCheck, type InspectGet } from './inspect-client.js';
import { judgeResponse } from './judge-response.js';
import { verdictOf, type SuiteReport, type CaseResult, type Diagnosis } from './suite-report.js';
import type { Transport, WireRequest, WireResponse } from './transport.js';

/**
 * Cases in a row whose answer never came whole before the suite stops: the receiver hangs, is
 * down, or starts answering and then stalls (a status line, then a byte every 200 ms, kept
 * every case busy for the whole --timeout: 51 × 15 s). Only cases whose requests were sent
 * whole count: an oversized or malformed body that gets no answer is that case's own failure.
 */
export const SILENT_CASES_BEFORE_STOP = 3;
/** The same, counted over the whole run rather than in a row: a receiver that stalls on every other case stops too. */
export const SILENT_CASES_IN_ALL_BEFORE_STOP = 6;

export interface RunSuiteOptions {
  readonly transport: Transport;
  /** What the report names as the receiver (its URL, or "in-process handler"). */
  readonly target: string;
  readonly secret: string;
  readonly inspect?: InspectGet | undefined;
  /** What the report names as the inspection base (its URL). */
  readonly inspectTarget?: string | undefined;
  readonly only?: readonly string[] | undefined;
  readonly skip?: readonly string[] | undefined;
  /** Per request; the spec's attempt timeout by default. */
  readonly timeoutMs?: number | undefined;
  /** For the whole run: cases not started by then are reported `not-run`. No deadline by default. */
  readonly deadlineMs?: number | undefined;
  /** Unix milliseconds; `Date.now` by default. */
  readonly now?: (() => number) | undefined;
  readonly suite?: ConformanceSuite | undefined;
}

type CaseOptions = RunSuiteOptions & { context: SigningContext; timeoutMs: number };

async function runCase(testCase: ConformanceCase, options: CaseOptions): Promise<CaseTrace> {
  const start = performance.now();
  const sent: WireRequest[] = [];
  const responses: WireResponse[] = [];
  const inspectStatuses: number[] = [];
  const trace = (failure?: string, failedAtInspection = false): CaseTrace => ({
    testCase,
    responses,
    inspectStatuses,
    failedAtInspection,
    result: {
      id: testCase.id,
      title: testCase.title,
      group: testCase.group,
      status: failure === undefined ? 'pass' : 'fail',
      ms: performance.now() - start,
      statuses: responses.map((response) => response.status ?? null),
      inspected: options.inspect !== undefined && testCase.inspect.length > 0,
      ...(failure === undefined && options.inspect === undefined && testCase.inspect.length > 0 ? { sideEffectsNotChecked: true as const } : {}),
      ...(failure === undefined ? {} : { failure, fix: testCase.fix }),
    },
  });
  for (const [index, step] of testCase.steps.entries()) {
    const request = step.resendStep === undefined ? await buildRequest(step, options.context) : sent[step.resendStep];
    if (request === undefined) throw new Error(`conformance data: ${testCase.id} resends step ${String(step.resendStep)}, which does not exist`);
    sent.push(request);
    const response = await options.transport(request, options.timeoutMs);
    responses.push(response);
    const failure = judgeResponse(step.expect, response);
    if (failure !== undefined) return trace(testCase.steps.length > 1 ? `request ${index + 1} of ${testCase.steps.length} ${failure}` : failure);
  }
  if (options.inspect) {
    for (const check of testCase.inspect) {
      const outcome = await runInspectCheck(options.inspect, check);
      inspectStatuses.push(outcome.status);
      if (outcome.failure !== undefined) return trace(outcome.failure, true);
    }
  }
  return trace();
}

/** What a run of unanswered cases says about the receiver, from the last answer. */
function silenceCause(last: WireResponse | undefined): string {
  const reason = last?.error ?? '';
  if (last?.status !== undefined) return 'the receiver starts answering and then stalls or drops the connection';
  if (reason.startsWith('timed out')) return 'the receiver hangs or is down';
  if (reason.startsWith('the handler threw')) return 'the handler throws instead of answering';
  return 'the receiver drops the connection or is down';
}

/** A request sent whole, as Woes sends one: a case of such requests that gets no whole answer says something about the receiver, not the case. */
const sentWhole = (testCase: ConformanceCase): boolean => testCase.steps.every((step) => step.oversize === undefined && step.malformedFraming === undefined);

/** The case failed without a whole answer: none at all, or one that stalled or broke after its status line. */
const silent = (trace: CaseTrace): boolean => {
  const last = trace.responses.at(-1);
  return trace.result.status === 'fail' && !trace.failedAtInspection && last !== undefined && last.error !== undefined && sentWhole(trace.testCase);
};

/**
 * Runs the conformance cases against one receiver, one case after another (the ordering and
 * dedupe cases depend on their requests arriving in order), and reports every case. It stops
 * early when the receiver stops answering (SILENT_CASES_BEFORE_STOP cases in a row) or the
 * deadline passes, and names shared causes once (see diagnose-suite.ts).
 */
export async function runSuite(options: RunSuiteOptions): Promise<SuiteReport> {
  const suite = options.suite ?? CONFORMANCE_SUITE;
  const selected = selectCases(suite.cases, { only: options.only, skip: options.skip });
  // Malformed framing can only be written on a real connection; an in-process handler never sees it.
  const needsRaw = (testCase: ConformanceCase): boolean => testCase.steps.some((step) => step.malformedFraming !== undefined);
  const canSendRaw = options.transport.sendsRawFraming === true;
  const run = canSendRaw ? selected.run : selected.run.filter((testCase) => !needsRaw(testCase));
  const skipped = canSendRaw ? selected.skipped : [...selected.skipped, ...selected.run.filter(needsRaw)];
  const timeoutMs = options.timeoutMs ?? suite.attemptTimeoutSeconds * 1000;
  const now = options.now ?? Date.now;
  const start = performance.now();
  const traces: CaseTrace[] = [];
  const notRun: ConformanceCase[] = [];
  const stops: Diagnosis[] = [];
  let silentInARow = 0;
  let silentInAll = 0;
  for (const [index, testCase] of run.entries()) {
    const remaining = options.deadlineMs === undefined ? Infinity : options.deadlineMs - (performance.now() - start);
    if (remaining <= 0) {
      notRun.push(...run.slice(index));
      stops.push({
        code: 'deadline_reached',
        headline: `The suite deadline (${options.deadlineMs ?? 0} ms) passed after ${index} case(s); ${run.length - index} were not run. Raise --deadline, or find out why the receiver is slow.`,
        cases: run.slice(index).map((each) => each.id),
      });
      break;
    }
    const context: SigningContext = { secret: options.secret, otherSecret: suite.otherSecret, nowSeconds: now() / 1000 };
    const trace = await runCase(testCase, { ...options, context, timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)) });
    traces.push(trace);
    const quietCase = silent(trace);
    silentInARow = quietCase ? silentInARow + 1 : 0;
    if (quietCase) silentInAll++;
    const inARow = silentInARow >= SILENT_CASES_BEFORE_STOP;
    if ((inARow || silentInAll >= SILENT_CASES_IN_ALL_BEFORE_STOP) && index < run.length - 1) {
      const quiet = inARow ? traces.slice(-silentInARow) : traces.filter(silent);
      const last = quiet[0]?.responses.at(-1);
      const reason = last?.status === undefined ? (last?.error ?? 'no answer') : `answered ${last.status}, then ${last.error ?? 'nothing'}`;
      const what = quiet.some((each) => each.responses.at(-1)?.status !== undefined) ? 'no whole answer' : 'no answer';
      notRun.push(...run.slice(index + 1));
      for (const each of quiet) each.result = { ...each.result, explainedBy: 'receiver_silent' };
      stops.push({
        code: 'receiver_silent',
        headline: `Stopped after ${quiet.length} cases ${inARow ? 'in a row' : 'in all'} got ${what} (${reason}): ${silenceCause(last)}. ${run.length - index - 1} case(s) were not run; fix that and run the suite again.`,
        cases: [...quiet.map((each) => each.testCase.id), ...run.slice(index + 1).map((each) => each.id)],
      });
      break;
    }
  }
  const diagnoses = [...stops, ...diagnoseSuite(traces, { target: options.target, inspectBase: options.inspectTarget })];
  const results: CaseResult[] = traces.map((trace) => trace.result);
  const unrun = (testCase: ConformanceCase, status: 'skipped' | 'not-run'): CaseResult => ({
    id: testCase.id,
    title: testCase.title,
    group: testCase.group,
    status,
    ms: 0,
    statuses: [],
    inspected: false,
  });
  for (const testCase of notRun) results.push({ ...unrun(testCase, 'not-run'), explainedBy: stops[0]?.code ?? 'receiver_silent' });
  for (const testCase of skipped) results.push(unrun(testCase, 'skipped'));
  // Report in the suite's order, whatever was selected.
  const order = new Map(suite.cases.map((testCase, index) => [testCase.id, index]));
  results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const count = (status: CaseResult['status']): number => results.filter((result) => result.status === status).length;
  const counts = {
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skipped'),
    notRun: count('not-run'),
    sideEffectsNotChecked: results.filter((result) => result.sideEffectsNotChecked === true).length,
  };
  return {
    target: options.target,
    contractVersion: suite.contractVersion,
    inspected: options.inspect !== undefined,
    ...counts,
    ms: performance.now() - start,
    verdict: verdictOf(counts),
    diagnoses,
    results,
  };
}
