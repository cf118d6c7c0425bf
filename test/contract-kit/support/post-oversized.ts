import { connect } from 'node:net';

export interface OversizedAnswer {
  readonly status: number;
  readonly body: string;
  /** Bytes of body written before the answer came. */
  readonly sent: number;
}

/** One HTTP/1.1 response from raw bytes, or undefined while incomplete (Content-Length or chunked). */
export function parseResponse(raw: Buffer, closed: boolean): { status: number; body: string } | undefined {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const status = Number(statusLine.split(' ')[1]);
  let rest = raw.subarray(end + 4);
  const length = headers.get('content-length');
  if (length !== undefined) return rest.byteLength >= Number(length) ? { status, body: rest.subarray(0, Number(length)).toString('utf8') } : undefined;
  if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') {
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      if (lineEnd < 0) return undefined;
      const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
      if (size === 0) return { status, body: Buffer.concat(parts).toString('utf8') };
      if (rest.byteLength < lineEnd + 2 + size + 2) return undefined;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
  }
  return closed ? { status, body: rest.toString('utf8') } : undefined;
}

/**
 * POSTs a body far above the contract's limit over a raw socket, 16 KB at a time, reading the
 * answer while it writes (a receiver that refuses closes the connection mid-body, which an
 * HTTP client library reports as EPIPE before it reads the answer). With `end: false` the body
 * never finishes, so only a receiver that refuses while reading can answer at all; one that
 * buffers the whole body first waits until `timeoutMs`, and the call fails.
 */
export function postOversized(
  url: string,
  options: { readonly limit: number; readonly declareLength: boolean; readonly end: boolean; readonly timeoutMs: number; readonly readLateMs?: number },
): Promise<OversizedAnswer> {
  const target = new URL(url);
  const total = options.limit * 16;
  const chunk = Buffer.alloc(16 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let received = Buffer.alloc(0);
    let settled = false;
    const socket = connect(Number(target.port), target.hostname);
    // A loaded sender reads its answer late while it goes on writing: a receiver that closes the
    // moment it answers resets the connection under those writes, and the answer is lost unread.
    if (options.readLateMs !== undefined) {
      socket.pause();
      setTimeout(() => socket.resume(), options.readLateMs);
    }
    const finish = (closed: boolean): void => {
      const answer = parseResponse(received, closed);
      if (settled || answer === undefined) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...answer, sent });
    };
    const timer = setTimeout(() => {
      settled = true;
      socket.destroy();
      reject(
        new Error(
          `no answer within ${options.timeoutMs} ms after sending ${sent} bytes: the receiver waits for the whole body instead of refusing it while reading`,
        ),
      );
    }, options.timeoutMs);
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      finish(false);
    });
    socket.on('close', () => {
      finish(true);
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(new Error(`the receiver closed the connection without an answer after ${sent} bytes`));
      }
    });
    socket.on('error', () => undefined); // EPIPE/ECONNRESET while writing: the answer may still be in `received`
    const head = [
      `POST ${target.pathname} HTTP/1.1`,
      `host: ${target.host}`,
      'content-type: application/json',
      'webhook-id: msg_oversized',
      `webhook-timestamp: ${Math.floor(Date.now() / 1000)}`,
      'webhook-signature: v1,AAAA',
      // Unfinished, it declares far more than it sends, so a receiver cannot wait for it all.
      options.declareLength ? `content-length: ${options.end ? total : options.limit * 1024}` : 'transfer-encoding: chunked',
    ];
    const frame = (data: Buffer): Buffer =>
      options.declareLength ? data : Buffer.concat([Buffer.from(`${data.byteLength.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    // One chunk per turn of the event loop, so an answer is read as soon as it arrives: a
    // receiver that refuses closes the socket, and our next chunk draws a reset that would
    // discard an answer still unread.
    const pump = (): void => {
      if (settled || socket.destroyed) return;
      if (sent >= total) return void (options.end && !options.declareLength && socket.write('0\r\n\r\n'));
      sent += chunk.byteLength;
      socket.write(frame(chunk), () => setTimeout(pump, 1));
    };
    pump();
  });
}
