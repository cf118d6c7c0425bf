// The tiny Node adapter that serves the Fetch-API handler over real HTTP (on an edge runtime
// the platform does this). Run: WOES_WEBHOOK_SECRET=whsec_… tsx examples/fetch-handler/serve-node.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from './handler.js';

const handler = createHandler({ secret: process.env.WOES_WEBHOOK_SECRET ?? '', inspect: process.env.WOES_INSPECT === '1' });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : Buffer.concat(chunks);
    handler(new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body }))
      .then(async (response) => {
        response.headers.forEach((value, name) => res.setHeader(name, value));
        res.writeHead(response.status);
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => res.writeHead(500).end());
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
