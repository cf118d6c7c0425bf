import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DELIVERY } from '../../../src/runtime/index.js';
import type { FetchHandler } from '../../../src/contract-kit/transport.js';

/**
 * The ways a receiver that reads the HTTP body by hand (Python's http.server, a raw socket)
 * trusts the sender's framing; each one only. `undefined`: it checks every length.
 */
export type FramingFlaw = 'trusts-negative-length' | 'trusts-negative-chunk-size' | 'buffers-chunk-size-line';

const LIMIT = DELIVERY.limits.maxPayloadBytes;
const MAX_LINE = 1024;
const MAX_HEAD = 16 * 1024;

type Read = { readonly body: Buffer } | { readonly status: number };

/**
 * An HTTP/1.1 server on a bare socket that parses the request itself, as Python's http.server
 * receivers do, and hands the request to a Fetch-API handler. Correct, it refuses a length
 * that is not digits or hex (400), a line past 1 KiB (400) and a body past the limit (413),
 * while reading. With a flaw, it reads the way the Python recipe once did: until the sender
 * closes, or a chunk-size line until its newline, however long.
 */
export async function serveRawHttp(handler: FetchHandler, flaw?: FramingFlaw): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = Buffer.alloc(0);
    let waiting: (() => void) | undefined;
    let closed = false;
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      waiting?.();
    });
    socket.on('end', () => {
      closed = true;
      waiting?.();
    });
    /** Resolves once `ready()` holds, or with false when the sender closed first. */
    const until = (ready: () => boolean): Promise<boolean> =>
      new Promise((resolve) => {
        const check = (): void => {
          if (ready()) resolve(true);
          else if (closed) resolve(false);
          else waiting = check;
        };
        check();
      });
    const take = (bytes: number): Buffer => {
      const taken = buffered.subarray(0, bytes);
      buffered = buffered.subarray(bytes);
      return taken;
    };
    const line = async (): Promise<Buffer | undefined> => {
      const found = await until(() => buffered.includes('\n') || (flaw !== 'buffers-chunk-size-line' && buffered.length > MAX_LINE));
      const end = buffered.indexOf('\n');
      if (!found || end === -1 || end > MAX_LINE) return undefined;
      return take(end + 1);
    };
    const exactly = async (bytes: number): Promise<Buffer | undefined> => ((await until(() => buffered.length >= bytes)) ? take(bytes) : undefined);
    const toClose = async (): Promise<Buffer> => {
      await until(() => false);
      return take(buffered.length);
    };

    async function readBody(headers: Headers): Promise<Read> {
      if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') {
        const parts: Buffer[] = [];
        let size = 0;
        for (;;) {
          const sizeLine = await line();
          if (sizeLine === undefined) return { status: 400 };
          const text = sizeLine.toString('latin1').split(';')[0]?.trim() ?? '';
          const chunkSize = Number.parseInt(text, 16);
          if (flaw === 'trusts-negative-chunk-size' && chunkSize < 0) return { body: Buffer.concat([...parts, await toClose()]) };
          if (!/^[0-9a-fA-F]{1,8}$/.test(text)) return { status: 400 };
          if (chunkSize === 0) return { body: Buffer.concat(parts) };
          size += chunkSize;
          if (size > LIMIT) return { status: 413 };
          const data = await exactly(chunkSize + 2);
          if (data === undefined) return { status: 400 };
          parts.push(data.subarray(0, chunkSize));
        }
      }
      const length = headers.get('content-length') ?? '0';
      if (flaw === 'trusts-negative-length' && Number(length) < 0) return { body: await toClose() };
      if (!/^\d{1,10}$/.test(length)) return { status: 400 };
      if (Number(length) > LIMIT) return { status: 413 };
      const body = await exactly(Number(length));
      return body === undefined ? { status: 400 } : { body };
    }

    const answer = (status: number, body: Buffer, type?: string): void => {
      if (socket.destroyed) return;
      const head = [`HTTP/1.1 ${status} X`, `content-length: ${body.length}`, 'connection: close', ...(type === undefined ? [] : [`content-type: ${type}`])];
      socket.write(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
      // Drop what still arrives for a moment before closing: closing at once would reset the connection under the answer.
      socket.end();
      setTimeout(() => socket.destroy(), 1000).unref();
    };

    (async () => {
      if (!(await until(() => buffered.includes('\r\n\r\n') || buffered.length > MAX_HEAD))) return;
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return answer(431, Buffer.alloc(0));
      const [requestLine = '', ...lines] = take(end + 4)
        .subarray(0, end)
        .toString('latin1')
        .split('\r\n');
      const [method = 'GET', target = '/'] = requestLine.split(' ');
      const headers = new Headers();
      for (const each of lines) headers.append(each.slice(0, each.indexOf(':')).trim(), each.slice(each.indexOf(':') + 1).trim());
      const read = method === 'POST' ? await readBody(headers) : { body: Buffer.alloc(0) };
      if ('status' in read) return answer(read.status, Buffer.from('{"code":"refused"}'), 'application/json');
      headers.delete('transfer-encoding');
      headers.delete('content-length');
      const response = await handler(
        new Request(`http://127.0.0.1${target}`, { method, headers, ...(method === 'POST' ? { body: new Uint8Array(read.body) } : {}) }),
      );
      answer(response.status, Buffer.from(await response.arrayBuffer()), response.headers.get('content-type') ?? undefined);
    })().catch(() => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/webhooks/woes`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
