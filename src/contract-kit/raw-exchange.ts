import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { ConformanceStep } from '../../generated/conformance/cases.js';
import { RESPONSE_BYTES_KEPT, type HttpExchangeResult } from './http-exchange.js';

export interface RawExchangeInput {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly framing: NonNullable<ConformanceStep['malformedFraming']>;
  readonly timeoutMs: number;
}

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/;
const HEADER_END = Buffer.from('\r\n\r\n');

/** The request's bytes: what node:http would never write (it frames every body itself). */
function requestBytes(input: RawExchangeInput, url: URL): Buffer {
  const head = [`POST ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`];
  for (const [name, value] of Object.entries(input.headers)) head.push(`${name}: ${value}`);
  const body = Buffer.from(input.body, 'utf8');
  if (input.framing.kind === 'content-length') {
    head.push(`content-length: ${input.framing.value}`);
    return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
  }
  head.push('transfer-encoding: chunked');
  const line = Buffer.from(input.framing.line, 'latin1');
  const rest = input.framing.endLine ? [Buffer.from('\r\n'), body] : [];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), line, ...rest]);
}

/** The answer in `raw` so far: its status, and its body once complete (or cut at `bound`). */
function parseAnswer(raw: Buffer, closed: boolean, bound: number): { status: number; body?: Buffer; truncated: boolean; location?: string } | undefined {
  const end = raw.indexOf(HEADER_END);
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? Number.NaN);
  if (!Number.isInteger(status)) return undefined;
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const location = headers.get('location');
  const rest = raw.subarray(end + HEADER_END.length);
  const answer = (body: Buffer | undefined, truncated = false) => ({
    status,
    ...(body === undefined ? {} : { body: body.subarray(0, bound) }),
    truncated: truncated || (body?.length ?? 0) > bound,
    ...(location === undefined ? {} : { location }),
  });
  const length = headers.get('content-length');
  if (length !== undefined && /^\d+$/.test(length)) {
    const declared = Number(length);
    if (rest.length >= declared) return answer(rest.subarray(0, declared));
    if (rest.length >= bound) return answer(rest, true);
    return answer(undefined);
  }
  if (headers.get('transfer-encoding')?.toLowerCase().includes('chunked')) {
    const parts: Buffer[] = [];
    let at = rest;
    for (;;) {
      const lineEnd = at.indexOf('\r\n');
      if (lineEnd === -1) return answer(closed || rest.length >= bound ? Buffer.concat(parts) : undefined, rest.length >= bound);
      const size = Number.parseInt(at.subarray(0, lineEnd).toString('latin1'), 16);
      if (!Number.isFinite(size) || size === 0) return answer(Buffer.concat(parts));
      if (at.length < lineEnd + 2 + size) return answer(closed || rest.length >= bound ? Buffer.concat(parts) : undefined, rest.length >= bound);
      parts.push(at.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = at.subarray(lineEnd + 2 + size + 2);
    }
  }
  // No framing: the body ends with the connection.
  return answer(closed || rest.length >= bound ? rest : undefined, rest.length >= bound);
}

/**
 * One request written as raw bytes on a connection of its own, in a single write (so it is all
 * in the kernel before the receiver can refuse it, and no later write can fail and discard an
 * answer still unread), then held open while the answer is read: at most RESPONSE_BYTES_KEPT
 * of its body, within `timeoutMs` for the whole answer. Like httpExchange, it never throws.
 */
export function rawExchange(input: RawExchangeInput): Promise<HttpExchangeResult> {
  const start = performance.now();
  const url = new URL(input.url);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const bound = RESPONSE_BYTES_KEPT;
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    let failure: string | undefined;
    const socket: Socket =
      url.protocol === 'https:' ? connectTls({ host: url.hostname, port, servername: url.hostname }) : connectTcp({ host: url.hostname, port });
    const finish = (result: HttpExchangeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const judge = (closed: boolean, reason?: string): void => {
      const answer = parseAnswer(received, closed, bound);
      const ms = performance.now() - start;
      if (answer?.body !== undefined) {
        finish({
          kind: 'answer',
          status: answer.status,
          body: answer.body.toString('utf8'),
          truncated: answer.truncated,
          ...(answer.location === undefined ? {} : { location: answer.location }),
          ms,
        });
        return;
      }
      if (!closed && reason === undefined) return;
      const why = reason ?? failure ?? 'the connection closed';
      if (answer) finish({ kind: 'answer', status: answer.status, body: '', truncated: false, brokenAfterStatus: why, ms });
      else finish({ kind: 'no-answer', reason: why, unreachable: UNREACHABLE.test(why), ms });
    };
    const timer = setTimeout(() => judge(false, `timed out after ${input.timeoutMs} ms`), input.timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      judge(false);
      // More than an answer's head and kept body: read no further.
      if (!settled && received.length > bound + 64 * 1024) judge(true);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      failure = error.code ?? error.message;
    });
    socket.on('close', () => judge(true));
    socket.write(requestBytes(input, url));
  });
}
