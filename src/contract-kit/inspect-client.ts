import type { ConformanceInspectCheck } from '../../generated/conformance/cases.js';
import { ContractKitError } from './contract-error.js';
import { httpExchange } from './http-exchange.js';
import { redactUrl, refuseCredentials } from './target-url.js';
import { readBounded, type FetchHandler } from './transport.js';

/**
 * The inspection protocol: two GET routes a receiver exposes (in tests only) so the suite can
 * see side effects, not just status codes.
 *   GET <inspect>/events/<webhook-id>        → 200 {"processed": n}   (404 means 0)
 *   GET <inspect>/resources/<object>/<id>    → 200 {"sequence": n}    (404 means none applied)
 */
export type InspectGet = (path: string) => Promise<{ status: number; json: unknown }>;

export function inspectPath(check: ConformanceInspectCheck): string {
  return check.kind === 'processed'
    ? `/events/${encodeURIComponent(check.webhookId)}`
    : `/resources/${encodeURIComponent(check.object)}/${encodeURIComponent(check.id)}`;
}

function parse(status: number, text: string): { status: number; json: unknown } {
  try {
    return { status, json: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return { status, json: text };
  }
}

export function httpInspect(base: string, timeoutMs: number): InspectGet {
  refuseCredentials(base, 'the inspection URL');
  const root = base.replace(/\/+$/, '');
  return async (path) => {
    // Answers are small JSON: read a bounded start of them, like every answer.
    const result = await httpExchange({ url: `${root}${path}`, method: 'GET', timeoutMs });
    if (result.kind === 'answer' && result.brokenAfterStatus === undefined) return parse(result.status, result.body);
    const cause = result.kind === 'answer' ? `the response broke off (${result.brokenAfterStatus ?? ''})` : result.reason;
    const hint =
      result.kind === 'no-answer' && result.unreachable
        ? 'Start the receiver with its inspection endpoint, or fix --inspect.'
        : 'Answer inspection requests quickly and completely.';
    throw new ContractKitError('inspect_unreachable', `the inspection endpoint ${redactUrl(`${root}${path}`)} did not answer (${cause}). ${hint}`);
  };
}

export function handlerInspect(handler: FetchHandler, base = 'http://receiver.test/__woes'): InspectGet {
  return async (path) => {
    const response = await handler(new Request(`${base}${path}`));
    return parse(response.status, (await readBounded(response)).text);
  };
}

/** One check's outcome: the status the route answered and, when the check fails, what was observed. */
export interface InspectOutcome {
  readonly status: number;
  readonly failure?: string;
}

/** Runs one check; `failure` is unset when it holds. */
export async function runInspectCheck(get: InspectGet, check: ConformanceInspectCheck): Promise<InspectOutcome> {
  const path = inspectPath(check);
  const { status, json } = await get(path);
  const field = check.kind === 'processed' ? 'processed' : 'sequence';
  let observed: unknown;
  if (status === 404) observed = check.kind === 'processed' ? 0 : null;
  else if (status === 200 && typeof json === 'object' && json !== null) observed = (json as Record<string, unknown>)[field];
  else return { status, failure: `GET ${path} answered ${status}; expected 200 {"${field}": ${check.expected}} (see the inspection protocol)` };
  if (observed === check.expected) return { status };
  return {
    status,
    failure:
      check.kind === 'processed'
        ? `the side effect of ${check.webhookId} ran ${String(observed)} time(s); expected ${check.expected}`
        : `${check.object} ${check.id} holds sequence ${String(observed)}; expected ${check.expected} (a stale update won)`,
  };
}
