// The tiny Node adapter that serves the Fetch-API handler over real HTTP (on an edge runtime
// the platform does this). The body is passed on as a stream, never buffered here, so the
// handler's own size limit applies while reading.
// Run: WOES_WEBHOOK_SECRET=whsec_… tsx examples/fetch-handler/serve-node.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createHandler } from './handler.js';

const handler = createHandler({
  secret: process.env.WOES_WEBHOOK_SECRET ?? '',
  inspect: process.env.WOES_INSPECT === '1',
});

const server = createServer((req, res) => {
  const socket = req.socket; // kept: the request lets go of it when its body stream is cancelled
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  handler(request)
    .then(async (response) => {
      response.headers.forEach((value, name) => res.setHeader(name, value));
      const body = Buffer.from(await response.arrayBuffer());
      // A refusal before the body was read (413, 408): drop what still arrives for a second, then
      // close. Closing at once resets the connection under the sender's writes, and the reset can
      // destroy the answer before the sender reads it.
      if (!req.readableEnded) {
        req.resume();
        setTimeout(() => socket.destroy(), 1000).unref();
      }
      res.writeHead(response.status).end(body);
    })
    .catch((error: unknown) => {
      console.error(error);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"code":"handler_failed"}');
    });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
