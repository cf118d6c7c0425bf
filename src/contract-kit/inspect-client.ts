import type { ConformanceInspectCheck } from '../../generated/conformance/cases.js';
import { ContractKitError, isConnectionFailure, networkCause } from './contract-error.js';
import type { FetchHandler } from './transport.js';

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

async function read(response: Response): Promise<{ status: number; json: unknown }> {
  const text = await response.text();
  try {
    return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
  } catch {
    return { status: response.status, json: text };
  }
}

export function httpInspect(base: string, timeoutMs: number): InspectGet {
  const root = base.replace(/\/+$/, '');
  return async (path) => {
    try {
      return await read(await fetch(`${root}${path}`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' }));
    } catch (error) {
      const hint = isConnectionFailure(error) ? 'Start the receiver with its inspection endpoint, or fix --inspect.' : 'Answer inspection requests quickly.';
      throw new ContractKitError('inspect_unreachable', `the inspection endpoint ${root}${path} did not answer (${networkCause(error)}). ${hint}`);
    }
  };
}

export function handlerInspect(handler: FetchHandler, base = 'http://receiver.test/__woes'): InspectGet {
  return async (path) => read(await handler(new Request(`${base}${path}`)));
}

/** Runs one check; resolves to undefined when it holds, or to what was observed instead. */
export async function runInspectCheck(get: InspectGet, check: ConformanceInspectCheck): Promise<string | undefined> {
  const path = inspectPath(check);
  const { status, json } = await get(path);
  const field = check.kind === 'processed' ? 'processed' : 'sequence';
  let observed: unknown;
  if (status === 404) observed = check.kind === 'processed' ? 0 : null;
  else if (status === 200 && typeof json === 'object' && json !== null) observed = (json as Record<string, unknown>)[field];
  else return `GET ${path} answered ${status}; expected 200 {"${field}": ${check.expected}} (see the inspection protocol)`;
  if (observed === check.expected) return undefined;
  return check.kind === 'processed'
    ? `the side effect of ${check.webhookId} ran ${String(observed)} time(s); expected ${check.expected}`
    : `${check.object} ${check.id} holds sequence ${String(observed)}; expected ${check.expected} (a stale update won)`;
}
