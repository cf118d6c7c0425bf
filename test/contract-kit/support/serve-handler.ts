import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchHandler } from '../../../src/contract-kit/transport.js';

/** Serves a Fetch-API handler over real HTTP on 127.0.0.1 and a random port. */
export async function serveHandler(handler: FetchHandler): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const body = req.method === 'GET' ? null : Buffer.concat(chunks);
      Promise.resolve(handler(new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body })))
        .then(async (response) => {
          response.headers.forEach((value, name) => res.setHeader(name, value));
          res.writeHead(response.status).end(Buffer.from(await response.arrayBuffer()));
        })
        .catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/webhooks/woes`,
    origin,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
