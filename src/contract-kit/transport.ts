import { ContractKitError, isConnectionFailure, networkCause } from './contract-error.js';

/** A delivery as it goes on the wire: headers and the exact body bytes (a string here). */
export interface WireRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back, or why nothing did. */
export interface WireResponse {
  readonly status: number | undefined;
  readonly body: string;
  readonly location?: string;
  /** Set when there was no HTTP answer: `timed out after 15000 ms`, `ECONNRESET`, ... */
  readonly error?: string;
  readonly ms: number;
}

/** A Fetch-API handler: what `testReceiver({ fetch })` takes, and what edge runtimes export. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Sends one request to the receiver under test. */
export type Transport = (request: WireRequest, timeoutMs: number) => Promise<WireResponse>;

const excerpt = async (response: Response): Promise<string> => (await response.text()).slice(0, 2000);

/**
 * Real HTTP. Redirects are never followed (the spec counts a 3xx as a failure); a receiver
 * that nothing answers for is a setup mistake, reported once rather than as 40 failures.
 */
export function httpTransport(url: string): Transport {
  return async (request, timeoutMs) => {
    const start = performance.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      const location = response.headers.get('location');
      return { status: response.status, body: await excerpt(response), ...(location === null ? {} : { location }), ms: performance.now() - start };
    } catch (error) {
      if (isConnectionFailure(error)) {
        throw new ContractKitError('receiver_unreachable', `nothing answered at ${url} (${networkCause(error)}). Start the receiver first, or fix --url.`);
      }
      const reason = networkCause(error) === 'timed out' ? `timed out after ${timeoutMs} ms` : networkCause(error);
      return { status: undefined, body: '', error: reason, ms: performance.now() - start };
    }
  };
}

/** In-process: the handler gets a standard `Request`, as a Fetch-API runtime would give it. */
export function handlerTransport(handler: FetchHandler, url = 'http://receiver.test/webhooks/woes'): Transport {
  return async (request, timeoutMs) => {
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve(handler(new Request(url, { method: 'POST', headers: request.headers, body: request.body }))), timeout]);
      if (outcome === 'timeout') return { status: undefined, body: '', error: `timed out after ${timeoutMs} ms`, ms: performance.now() - start };
      const location = outcome.headers.get('location');
      return { status: outcome.status, body: await excerpt(outcome), ...(location === null ? {} : { location }), ms: performance.now() - start };
    } catch (error) {
      return { status: undefined, body: '', error: `the handler threw: ${error instanceof Error ? error.message : String(error)}`, ms: performance.now() - start };
    } finally {
      clearTimeout(timer);
    }
  };
}
