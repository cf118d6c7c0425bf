import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchHandler } from '../../../src/contract-kit/transport.js';

// Hop-by-hop headers describe the connection, not the request a handler sees.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/**
 * The request body as a stream the handler pulls: nothing is buffered ahead of it, so a handler
 * that stops reading (an oversized body) leaves the rest unread, as a real server would.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => controller.close());
      req.on('error', (error) => controller.error(error));
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      req.removeAllListeners('data');
      req.resume(); // discard the rest; the connection closes after the answer
    },
  });
}

/** Serves a Fetch-API handler over real HTTP on 127.0.0.1 and a random port. */
export async function serveHandler(handler: FetchHandler): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers.set(name, value);
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : bodyStream(req);
    const init: RequestInit & { duplex?: 'half' } = { method: req.method ?? 'GET', headers, body, ...(body ? { duplex: 'half' as const } : {}) };
    Promise.resolve()
      .then(() => handler(new Request(`http://127.0.0.1${req.url ?? '/'}`, init)))
      .then(async (response) => {
        response.headers.forEach((value, name) => res.setHeader(name, value));
        if (!req.complete) res.setHeader('connection', 'close');
        res.writeHead(response.status).end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/webhooks/woes`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
