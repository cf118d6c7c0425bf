import { CONFORMANCE_SUITE, type ConformanceCase, type ConformanceSuite } from '../../generated/conformance/cases.js';
import { buildRequest, type SigningContext } from './build-request.js';
import { selectCases } from './case-selection.js';
import { runInspectCheck, type InspectGet } from './inspect-client.js';
import { judgeResponse } from './judge-response.js';
import type { SuiteReport, CaseResult } from './suite-report.js';
import type { Transport, WireRequest, WireResponse } from './transport.js';

export interface RunSuiteOptions {
  readonly transport: Transport;
  /** What the report names as the receiver (its URL, or "in-process handler"). */
  readonly target: string;
  readonly secret: string;
  readonly inspect?: InspectGet | undefined;
  readonly only?: readonly string[] | undefined;
  readonly skip?: readonly string[] | undefined;
  /** Per request; the spec's attempt timeout by default. */
  readonly timeoutMs?: number | undefined;
  /** Unix milliseconds; `Date.now` by default. */
  readonly now?: (() => number) | undefined;
  readonly suite?: ConformanceSuite | undefined;
}

async function runCase(testCase: ConformanceCase, options: RunSuiteOptions & { context: SigningContext; timeoutMs: number }): Promise<CaseResult> {
  const start = performance.now();
  const sent: WireRequest[] = [];
  const responses: WireResponse[] = [];
  const result = (failure?: string): CaseResult => ({
    id: testCase.id,
    title: testCase.title,
    group: testCase.group,
    status: failure === undefined ? 'pass' : 'fail',
    ms: performance.now() - start,
    statuses: responses.map((response) => response.status ?? null),
    inspected: options.inspect !== undefined && testCase.inspect.length > 0,
    ...(failure === undefined ? {} : { failure, fix: testCase.fix }),
  });
  for (const [index, step] of testCase.steps.entries()) {
    const request = step.resendStep === undefined ? await buildRequest(step, options.context) : sent[step.resendStep];
    if (request === undefined) throw new Error(`conformance data: ${testCase.id} resends step ${String(step.resendStep)}, which does not exist`);
    sent.push(request);
    const response = await options.transport(request, options.timeoutMs);
    responses.push(response);
    const failure = judgeResponse(step.expect, response);
    if (failure !== undefined) return result(testCase.steps.length > 1 ? `request ${index + 1} of ${testCase.steps.length} ${failure}` : failure);
  }
  if (options.inspect) {
    for (const check of testCase.inspect) {
      const failure = await runInspectCheck(options.inspect, check);
      if (failure !== undefined) return result(failure);
    }
  }
  return result();
}

/**
 * Runs the conformance cases against one receiver, one case after another (the ordering and
 * dedupe cases depend on their requests arriving in order), and reports every case.
 */
export async function runSuite(options: RunSuiteOptions): Promise<SuiteReport> {
  const suite = options.suite ?? CONFORMANCE_SUITE;
  const { run, skipped } = selectCases(suite.cases, { only: options.only, skip: options.skip });
  const timeoutMs = options.timeoutMs ?? suite.attemptTimeoutSeconds * 1000;
  const now = options.now ?? Date.now;
  const start = performance.now();
  const results: CaseResult[] = [];
  for (const testCase of run) {
    const context: SigningContext = { secret: options.secret, otherSecret: suite.otherSecret, nowSeconds: Math.floor(now() / 1000) };
    results.push(await runCase(testCase, { ...options, context, timeoutMs }));
  }
  for (const testCase of skipped) {
    results.push({ id: testCase.id, title: testCase.title, group: testCase.group, status: 'skipped', ms: 0, statuses: [], inspected: false });
  }
  // Report in the suite's order, whatever was selected.
  const order = new Map(suite.cases.map((testCase, index) => [testCase.id, index]));
  results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const count = (status: CaseResult['status']): number => results.filter((result) => result.status === status).length;
  return {
    target: options.target,
    contractVersion: suite.contractVersion,
    inspected: options.inspect !== undefined,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skipped'),
    ms: performance.now() - start,
    results,
  };
}
