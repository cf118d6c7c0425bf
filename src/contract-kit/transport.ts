import type { ConformanceStep } from '../../generated/conformance/cases.js';
import { ContractKitError } from './contract-error.js';
import { httpExchange, RESPONSE_BYTES_KEPT, type HttpExchangeResult } from './http-exchange.js';
import { rawExchange } from './raw-exchange.js';
import { redactUrl, refuseCredentials } from './target-url.js';

/** A delivery as it goes on the wire: headers and the exact body bytes (a string here). */
export interface WireRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Send only the first `bytes` of the body, then wait for the answer (an oversized body). */
  readonly holdBack?: { readonly bytes: number; readonly framing: 'content-length' | 'chunked' };
  /** Framing that lies (a negative length, an endless chunk-size line), written as raw bytes; see the case model. */
  readonly malformedFraming?: NonNullable<ConformanceStep['malformedFraming']>;
}

/** What came back, or why nothing (complete) did. */
export interface WireResponse {
  readonly status: number | undefined;
  /** The start of the response body: at most RESPONSE_BYTES_KEPT bytes are read. */
  readonly body: string;
  /** The body went on past what was read; the connection was dropped there. */
  readonly truncated?: boolean;
  readonly location?: string;
  /**
   * Set when there was no complete HTTP answer: `timed out after 15000 ms`, `ECONNRESET`, ...
   * With a `status`, the connection broke after the status line.
   */
  readonly error?: string;
  readonly ms: number;
}

/** A Fetch-API handler: what `testReceiver({ fetch })` takes, and what edge runtimes export. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Sends one request to the receiver under test. `sendsRawFraming`: it can write a request's
 * bytes as they are (a real connection), so the cases with malformed framing run; the suite
 * skips them for a transport without it, such as an in-process handler, which only ever sees
 * what an HTTP server already parsed.
 */
export interface Transport {
  (request: WireRequest, timeoutMs: number): Promise<WireResponse>;
  readonly sendsRawFraming?: boolean;
}

/**
 * Real HTTP. Redirects are never followed (the spec counts a 3xx as a failure) and at most
 * RESPONSE_BYTES_KEPT bytes of an answer are read. A receiver that nothing answers for at the
 * first request is a setup mistake, reported once rather than as 40 failures; a connection
 * that breaks later fails that case only.
 */
export function httpTransport(url: string): Transport {
  refuseCredentials(url, 'the receiver URL');
  let answeredBefore = false;
  const exchange = (request: WireRequest, timeoutMs: number): Promise<HttpExchangeResult> =>
    request.malformedFraming === undefined
      ? httpExchange({
          url,
          method: 'POST',
          headers: request.headers,
          body: request.body,
          ...(request.holdBack ? { holdBack: request.holdBack } : {}),
          timeoutMs,
        })
      : rawExchange({ url, headers: request.headers, body: request.body, framing: request.malformedFraming, timeoutMs });
  const transport = async (request: WireRequest, timeoutMs: number): Promise<WireResponse> => {
    const result = await exchange(request, timeoutMs);
    if (result.kind === 'no-answer') {
      if (result.unreachable && !answeredBefore) {
        throw new ContractKitError('receiver_unreachable', `nothing answered at ${redactUrl(url)} (${result.reason}). Start the receiver first, or fix --url.`);
      }
      return {
        status: undefined,
        body: '',
        error: result.unreachable ? `${result.reason}: the receiver stopped accepting connections` : result.reason,
        ms: result.ms,
      };
    }
    answeredBefore = true;
    return {
      status: result.status,
      body: result.body,
      ...(result.truncated ? { truncated: true } : {}),
      ...(result.location === undefined ? {} : { location: result.location }),
      ...(result.brokenAfterStatus === undefined ? {} : { error: result.brokenAfterStatus }),
      ms: result.ms,
    };
  };
  return Object.assign(transport, { sendsRawFraming: true });
}

/** Reads at most `bound` bytes of a Fetch response body, then cancels the rest. */
export async function readBounded(response: Response, bound = RESPONSE_BYTES_KEPT): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
    const room = bound - kept;
    chunks.push(value.subarray(0, Math.max(0, room)));
    kept += Math.min(room, value.byteLength);
    if (value.byteLength > room) {
      await reader.cancel().catch(() => undefined);
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
  }
}

/** The request body a handler reads: whole, or the first bytes of a body whose rest never comes. */
function handlerBody(request: WireRequest): { body: BodyInit; headers: Record<string, string>; release: () => void } {
  if (!request.holdBack) return { body: request.body, headers: { ...request.headers }, release: () => undefined };
  const bytes = Buffer.from(request.body, 'utf8');
  const first = bytes.subarray(0, request.holdBack.bytes);
  let release: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(first));
      release = () => {
        try {
          controller.error(new Error('the conformance runner stopped sending'));
        } catch {
          // already cancelled by the handler
        }
      };
    },
  });
  const headers: Record<string, string> = { ...request.headers };
  if (request.holdBack.framing === 'content-length') headers['content-length'] = String(bytes.byteLength);
  return { body, headers, release };
}

/** In-process: the handler gets a standard `Request`, as a Fetch-API runtime would give it. */
export function handlerTransport(handler: FetchHandler, url = 'http://receiver.test/webhooks/woes'): Transport {
  return async (request, timeoutMs) => {
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const { body, headers, release } = handlerBody(request);
    try {
      const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body, ...(request.holdBack ? { duplex: 'half' as const } : {}) };
      const answered = Promise.resolve().then(() => handler(new Request(url, init)));
      // A handler still running when the case gives up must not become an unhandled rejection.
      answered.catch(() => undefined);
      const outcome = await Promise.race([answered, timeout]);
      if (outcome === 'timeout') return { status: undefined, body: '', error: `timed out after ${timeoutMs} ms`, ms: performance.now() - start };
      const location = outcome.headers.get('location');
      const read = await Promise.race([readBounded(outcome), timeout]);
      if (read === 'timeout') return { status: outcome.status, body: '', error: `timed out after ${timeoutMs} ms`, ms: performance.now() - start };
      return {
        status: outcome.status,
        body: read.text,
        ...(read.truncated ? { truncated: true } : {}),
        ...(location === null ? {} : { location }),
        ms: performance.now() - start,
      };
    } catch (error) {
      return {
        status: undefined,
        body: '',
        error: `the handler threw: ${error instanceof Error ? error.message : String(error)}`,
        ms: performance.now() - start,
      };
    } finally {
      clearTimeout(timer);
      release();
    }
  };
}
