import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * How much of a response the contract kit keeps. A receiver's answer is read up to this many
 * bytes and the connection is then destroyed: a receiver streaming gigabytes back costs the
 * suite this much memory, never more.
 */
export const RESPONSE_BYTES_KEPT = 4096;

export interface HttpExchangeInput {
  readonly url: string;
  readonly method: 'POST' | 'GET';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /**
   * Send only the first `bytes` of the body, then wait for the answer; the rest never goes out.
   * `content-length` declares the whole body's size, `chunked` declares none.
   */
  readonly holdBack?: { readonly bytes: number; readonly framing: 'content-length' | 'chunked' };
  readonly timeoutMs: number;
  readonly maxResponseBytes?: number;
}

/** An HTTP answer (status line read), possibly cut short, or why there was none. */
export type HttpExchangeResult =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly location?: string;
      readonly retryAfter?: string;
      readonly body: string;
      /** The body was longer than the bound; the rest was not read. */
      readonly truncated: boolean;
      /** Set when the connection broke after the status line: the answer is incomplete. */
      readonly brokenAfterStatus?: string;
      readonly ms: number;
    }
  | {
      readonly kind: 'no-answer';
      /** `timed out after 300 ms`, `ECONNRESET`, ... */
      readonly reason: string;
      /** Nothing accepted the connection at all (refused, unknown host): a setup mistake. */
      readonly unreachable: boolean;
      readonly ms: number;
    };

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/;

const errorCode = (error: unknown): string => {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return code ?? (error instanceof Error ? error.message : String(error));
};

/**
 * One HTTP request with node:http, bounded in time and in what it reads back. Redirects are
 * never followed, every request gets a connection of its own (one case's broken connection
 * never leaks into the next), and the result is data: no exchange throws.
 */
export function httpExchange(input: HttpExchangeInput): Promise<HttpExchangeResult> {
  const start = performance.now();
  const bound = input.maxResponseBytes ?? RESPONSE_BYTES_KEPT;
  const body = input.body === undefined ? undefined : typeof input.body === 'string' ? Buffer.from(input.body, 'utf8') : Buffer.from(input.body);
  const headers: Record<string, string> = { ...input.headers };
  if (body !== undefined && input.holdBack?.framing !== 'chunked') headers['content-length'] = String(body.byteLength);
  const url = new URL(input.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: HttpExchangeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Whatever is left unread or unsent is abandoned with the connection.
      req.destroy();
      resolve(result);
    };
    const noAnswer = (reason: string, unreachable = false): void => finish({ kind: 'no-answer', reason, unreachable, ms: performance.now() - start });

    // Set once the status line is in: a later connection error or the timeout breaks that answer.
    let brokenAnswer: ((code: string) => void) | undefined;
    const req = send(url, { method: input.method, headers, agent: false });
    const timer = setTimeout(() => {
      const reason = `timed out after ${input.timeoutMs} ms`;
      if (brokenAnswer) brokenAnswer(reason);
      else noAnswer(reason);
    }, input.timeoutMs);

    req.on('error', (error) => {
      const code = errorCode(error);
      if (brokenAnswer) brokenAnswer(code);
      else noAnswer(code, UNREACHABLE.test(code));
    });
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      const answer = (extra: { truncated: boolean; brokenAfterStatus?: string }): void => {
        const { location } = res.headers;
        const retryAfter = res.headers['retry-after'];
        finish({
          kind: 'answer',
          status: res.statusCode ?? 0,
          ...(location === undefined ? {} : { location }),
          ...(retryAfter === undefined ? {} : { retryAfter }),
          body: Buffer.concat(chunks).toString('utf8'),
          ...extra,
          ms: performance.now() - start,
        });
      };
      // A reset after the answer's last byte (a receiver closing with the rest of the request
      // unread) breaks nothing: the parser had the whole answer, and 'end' was merely not yet
      // emitted. Counting it as broken made a correct 413 fail now and then under load.
      brokenAnswer = (code) => {
        if (!res.complete) return answer({ truncated: false, brokenAfterStatus: code });
        // What the parser pushed and 'data' has not delivered yet.
        for (let chunk: Buffer | null = res.read() as Buffer | null; chunk !== null && !settled; chunk = res.read() as Buffer | null) onData(chunk);
        answer({ truncated: false });
      };
      const onData = (chunk: Buffer): void => {
        const room = bound - kept;
        chunks.push(chunk.subarray(0, Math.max(0, room)));
        kept += Math.min(room, chunk.byteLength);
        if (chunk.byteLength > room) answer({ truncated: true });
      };
      res.on('data', onData);
      res.on('end', () => answer({ truncated: false }));
      // A reset or abort after the status line: keep what arrived and say it broke.
      res.on('error', (error) => brokenAnswer?.(errorCode(error)));
      res.on('close', () => {
        if (!res.complete) brokenAnswer?.('ECONNRESET');
      });
    });

    if (body === undefined) req.end();
    else if (input.holdBack === undefined) req.end(body);
    else req.write(body.subarray(0, input.holdBack.bytes));
  });
}
