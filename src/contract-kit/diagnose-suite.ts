import type { ConformanceCase } from '../../generated/conformance/cases.js';
import { describeResponse } from './judge-response.js';
import type { CaseResult, Diagnosis } from './suite-report.js';
import type { WireResponse } from './transport.js';

/** What the runner saw in one case that ran: the material for the shared-cause rules. */
export interface CaseTrace {
  readonly testCase: ConformanceCase;
  result: CaseResult;
  /** Every answer, in order. */
  readonly responses: readonly WireResponse[];
  /** The status of every inspection GET. */
  readonly inspectStatuses: readonly number[];
  /** True when the case failed at an inspection check (its requests were answered as expected). */
  failedAtInspection: boolean;
}

/** What a receiver's `{ "code": … }` (the library's verification codes) means when every delivery gets it. */
const CODE_HINTS: Readonly<Record<string, string>> = {
  raw_body_required:
    "a JSON body parser (express.json()) ran before the webhook route, so the raw bytes the signature covers are gone: give the route the raw body with express.raw({ type: 'application/json' }) instead",
  no_matching_signature:
    'the receiver verifies with another secret than the one given here, or verifies re-serialized JSON: check the secret, and verify the raw body',
  invalid_secret: "the receiver's own secret is not a valid whsec_ secret: copy it again from Settings → Webhooks",
  invalid_key: "the receiver's public key is not valid: copy it again from Settings → Webhooks",
  missing_header: 'the webhook-* headers do not reach the check: forward every header (a proxy may strip them)',
  malformed_header: 'the receiver reads another header than webhook-signature, or a proxy rewrites it',
  timestamp_too_old: "the receiver's clock is behind: sync it (NTP)",
  timestamp_too_new: "the receiver's clock is ahead: sync it (NTP)",
  body_too_large: 'the receiver limits bodies below the deliveries: allow the contract limit',
  invalid_json: 'the receiver does not parse the signed body as JSON: parse the raw bytes it verified',
  schema_violation: 'the receiver validates with the strict schemas: validate with the receiver schemas, which accept fields and values added later',
};

function statusHint(status: number): string {
  if (status === 401 || status === 403)
    return 'something in front of the handler (an auth layer, a gateway, CSRF protection) refuses every delivery: let the webhook route through; the signature authenticates it';
  if (status === 413) return 'the receiver limits bodies below the deliveries: allow the contract limit';
  if (status >= 500) return 'the receiver fails on every delivery: its logs say why';
  return 'a single problem in front of or in the handler: start from what the receiver said (below)';
}

/** The `code` of a `{ "code": … }` answer, the documented error shape. */
function codeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const code = typeof parsed === 'object' && parsed !== null ? (parsed as { code?: unknown }).code : undefined;
    return typeof code === 'string' && code !== '' ? code : undefined;
  } catch {
    return undefined;
  }
}

const expectsAcceptance = (trace: CaseTrace): boolean => trace.testCase.steps[0]?.expect === '2xx';
const expectsRefusal = (trace: CaseTrace): boolean =>
  trace.testCase.steps.some((step) => step.expect === 'non-2xx' || step.expect === '413' || step.expect === 'refused-or-closed');
/**
 * Marks a case as explained by a shared cause, with a short failure (the cause carries the
 * detail). `atRequest`: the failure is about the answer to the last request sent.
 */
const explain = (trace: CaseTrace, code: Diagnosis['code'], failure: string, atRequest = true): void => {
  const steps = trace.testCase.steps.length;
  const prefix = atRequest && steps > 1 && trace.responses.length > 0 ? `request ${trace.responses.length} of ${steps} ` : '';
  trace.result = { ...trace.result, status: 'fail', failure: `${prefix}${failure}`, fix: trace.testCase.fix, explainedBy: code };
};

/**
 * Every correctly signed delivery got the same 404 or 405: nothing handles POST at that URL.
 * Then a refusal case answered the same way proves nothing (a missing route refuses all), so
 * it fails too, and the report names the URL once instead of 40 unrelated fixes.
 */
function routeMissing(traces: CaseTrace[], target: string): Diagnosis | undefined {
  const accepting = traces.filter(expectsAcceptance);
  const status = accepting[0]?.responses[0]?.status;
  if (status !== 404 && status !== 405) return undefined;
  if (!accepting.every((trace) => trace.responses[0]?.status === status)) return undefined;
  const explained: string[] = [];
  for (const trace of traces) {
    if (trace.responses.at(-1)?.status !== status) continue;
    // A refusal (or a "no redirect") answered by a missing route proves nothing about the receiver.
    const passedByAccident = trace.result.status === 'pass';
    explain(
      trace,
      'route_missing',
      passedByAccident && expectsRefusal(trace)
        ? `answered ${status}, as every correctly signed delivery was: a missing route, not the receiver's refusal`
        : `answered ${status}, as every request was`,
    );
    explained.push(trace.testCase.id);
  }
  const what = status === 404 ? 'nothing handles POST at' : 'POST is not allowed at';
  return {
    code: 'route_missing',
    headline: `Every request was answered ${status}, signed or not: ${what} ${target}. Check --url, the path too.`,
    cases: explained,
  };
}

/** Every correctly signed delivery was refused with the same status and code: one mistake, not many. */
function sameAnswerEverywhere(traces: CaseTrace[]): Diagnosis | undefined {
  const accepting = traces.filter(expectsAcceptance);
  if (accepting.length < 2 || accepting.some((trace) => trace.result.status !== 'fail')) return undefined;
  const first = accepting[0]?.responses[0];
  if (first?.status === undefined || first.error !== undefined) return undefined;
  const code = codeOf(first.body);
  const same = accepting.every((trace) => {
    const response = trace.responses[0];
    return (
      response !== undefined &&
      response.status === first.status &&
      response.error === undefined &&
      codeOf(response.body) === code &&
      (code !== undefined || response.body === first.body)
    );
  });
  if (!same) return undefined;
  for (const trace of accepting)
    explain(trace, 'same_answer_everywhere', `answered ${first.status}${code === undefined ? '' : ` ${code}`}, as every correctly signed delivery was`);
  const hint = (code === undefined ? undefined : CODE_HINTS[code]) ?? statusHint(first.status);
  const answer = `${first.status}${code === undefined ? '' : ` ${code}`}`;
  return {
    code: 'same_answer_everywhere',
    headline: `Every correctly signed delivery was answered ${answer}: one cause, not ${accepting.length} failures. Likely ${hint}.`,
    evidence: describeResponse(first),
    cases: accepting.map((trace) => trace.testCase.id),
  };
}

/**
 * Every inspection GET got the same non-200 (usually 404) while the deliveries themselves were
 * answered: the inspection routes are not there, so dedupe and ordering went unchecked.
 */
function inspectionNotMounted(traces: CaseTrace[], inspectBase: string | undefined): Diagnosis | undefined {
  const statuses = traces.flatMap((trace) => trace.inspectStatuses);
  const status = statuses[0];
  if (status === undefined || status === 200 || !statuses.every((each) => each === status)) return undefined;
  const failing = traces.filter((trace) => trace.failedAtInspection);
  if (failing.length === 0) return undefined;
  for (const trace of failing) explain(trace, 'inspection_not_mounted', `not checked: its inspection GET answered ${status}, as every inspection did`, false);
  const base = inspectBase ?? 'the inspection base';
  return {
    code: 'inspection_not_mounted',
    headline: `Every inspection request was answered ${status}: the inspection routes are not mounted at ${base}. Mount GET ${base}/events/:webhookId and GET ${base}/resources/:object/:id in test builds, or fix --inspect.`,
    cases: failing.map((trace) => trace.testCase.id),
  };
}

/** The shared causes behind the failures, applied to the traces' results (`explainedBy`). */
export function diagnoseSuite(traces: CaseTrace[], context: { target: string; inspectBase?: string | undefined }): Diagnosis[] {
  const found: Diagnosis[] = [];
  const route = routeMissing(traces, context.target);
  if (route) found.push(route);
  else {
    const same = sameAnswerEverywhere(traces);
    if (same) found.push(same);
  }
  const inspection = inspectionNotMounted(traces, context.inspectBase);
  if (inspection) found.push(inspection);
  return found;
}
