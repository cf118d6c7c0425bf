import express from 'express';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import {
  createFetchHandler,
  createNodeMiddleware,
  generateSecret,
  signedTestDelivery,
  sign,
  type AdapterOptions,
  type ReceivedEvent,
} from '../../../src/runtime/index.js';
import { ADAPTER_CASES, type SentRequest } from './adapter-cases.js';

// Every adapter behind a real server on 127.0.0.1 (port 0), called with fetch.
const secret = generateSecret();
const received: { type: string; id: string }[] = [];
const errors: unknown[] = [];
const options = (extra: Partial<AdapterOptions> = {}): AdapterOptions => ({
  secret,
  onEvent: (event: ReceivedEvent, delivery) => void received.push({ type: event.type, id: delivery.id }),
  onError: (error) => void errors.push(error),
  ...extra,
});
const failing = options({ onEvent: () => Promise.reject(new Error('database down')) });

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/** node:http in front of a Fetch handler, the way Fetch-speaking Node servers bridge it. */
function fetchServer(handler: (request: Request) => Promise<Response>): Server {
  return createServer((req, res) => {
    const body = req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null;
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: headersOf(req),
      body,
      duplex: 'half',
    } as RequestInit);
    void handler(request).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries([...(response.headers as unknown as Iterable<[string, string]>)]));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
}
function expressApp(setup: (app: express.Express) => void): Server {
  const app = express();
  setup(app);
  return createServer(app);
}

const SERVERS: Record<string, Server> = {
  'node:http + createNodeMiddleware': createServer(createNodeMiddleware(options())),
  // app.use rather than app.post, so a GET reaches the middleware too.
  'express.raw + createNodeMiddleware': expressApp((app) => app.use('/', express.raw({ type: 'application/json' }), createNodeMiddleware(options()))),
  'express, no body parser + createNodeMiddleware': expressApp((app) => app.use('/', createNodeMiddleware(options()))),
  'node:http → Request + createFetchHandler': fetchServer(createFetchHandler(options())),
  // Failure paths that need their own configuration.
  'express.json first (the re-serialization trap)': expressApp((app) => app.post('/', express.json(), createNodeMiddleware(options()))),
  'node:http, onEvent throws': createServer(createNodeMiddleware(failing)),
  'fetch, onEvent throws': fetchServer(createFetchHandler(failing)),
  'express, onEvent throws, error handler': expressApp((app) => {
    app.post('/', express.raw({ type: 'application/json' }), createNodeMiddleware({ ...failing, handlerErrors: 'next' }));
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(503).json({ handled: error.message }));
  }),
};
const urls: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, server] of Object.entries(SERVERS)) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }
});
afterAll(async () => {
  for (const server of Object.values(SERVERS)) await new Promise((resolve) => server.close(resolve));
});

async function send(url: string | undefined, sent: SentRequest): Promise<{ status: number; text: string }> {
  const response = await fetch(url ?? '', { method: sent.method ?? 'POST', headers: sent.headers, ...(sent.body === undefined ? {} : { body: sent.body }) });
  return { status: response.status, text: await response.text() };
}

const MAIN = [
  'node:http + createNodeMiddleware',
  'express.raw + createNodeMiddleware',
  'express, no body parser + createNodeMiddleware',
  'node:http → Request + createFetchHandler',
];

describe.each(MAIN)('%s', (server) => {
  it.each(ADAPTER_CASES.map((c) => [c.name, c] as const))('answers %s', async (_name, c) => {
    const delivery = await signedTestDelivery('conversation.resolved', { secret, ...(c.signedAt === undefined ? {} : { timestamp: c.signedAt }) });
    const sent = c.request(delivery);
    const before = received.length;
    const response = await send(urls[server], sent);
    expect(response.status).toBe(c.status);
    // The body reveals the code and nothing else: no reason, no header values, no secret.
    expect(response.text).toBe(c.code === undefined ? '' : JSON.stringify({ code: c.code }));
    expect(received.length - before).toBe(c.status === 204 ? 1 : 0);
    if (c.status === 204) expect(received.at(-1)).toEqual({ type: 'conversation.resolved', id: delivery.headers['webhook-id'] });
  });

  it('answers 413 to a chunked body over the limit (no Content-Length) without verifying it', async () => {
    const delivery = await signedTestDelivery('conversation.resolved', { secret });
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(urls[server] ?? '', { method: 'POST', headers: { ...delivery.headers, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(16_384);
      for (let sent = 0; sent <= DELIVERY.limits.maxPayloadBytes; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('adapter failure paths', () => {
  it('a JSON body parser ahead of the middleware: 500 raw_body_required, and the log says how to fix it', async () => {
    const delivery = await signedTestDelivery('conversation.resolved', { secret });
    errors.length = 0;
    const response = await send(urls['express.json first (the re-serialization trap)'], { body: delivery.body, headers: delivery.headers });
    expect(response).toEqual({ status: 500, text: JSON.stringify({ code: 'raw_body_required' }) });
    // The fix reads the raw body bounded, as the adapters do: never an unbounded request.text().
    expect(String(errors[0])).toContain(`express.raw({ type: 'application/json', limit: ${DELIVERY.limits.maxPayloadBytes} })`);
    expect(String(errors[0])).not.toContain('.text()');
  });

  it.each(['node:http, onEvent throws', 'fetch, onEvent throws'])('%s: 500 handler_failed, so Woes retries', async (server) => {
    const delivery = await signedTestDelivery('conversation.resolved', { secret });
    const response = await send(urls[server], { body: delivery.body, headers: delivery.headers });
    expect(response).toEqual({ status: 500, text: JSON.stringify({ code: 'handler_failed' }) });
  });

  it('express with an error handler: the onEvent error goes to next()', async () => {
    const delivery = await signedTestDelivery('conversation.resolved', { secret });
    const response = await send(urls['express, onEvent throws, error handler'], { body: delivery.body, headers: delivery.headers });
    expect(response).toEqual({ status: 503, text: JSON.stringify({ handled: 'database down' }) });
  });

  it('a Fetch handler called directly with a streamed body over the limit answers 413', async () => {
    const handler = createFetchHandler(options());
    const chunk = new Uint8Array(DELIVERY.limits.maxPayloadBytes / 2 + 1);
    const body = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(chunk), controller.enqueue(chunk), controller.close()) });
    const headers = await sign({ id: 'msg_big', timestamp: Math.floor(Date.now() / 1000), body: '{}', secret });
    const response = await handler(new Request('http://127.0.0.1/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'body_too_large' });
  });

  it('a bad secret fails when the adapter is created, not on the first delivery', () => {
    expect(() => createFetchHandler(options({ secret: `${secret} ` }))).toThrow(expect.objectContaining({ code: 'invalid_secret' }));
    expect(() => createNodeMiddleware(options({ secret: 'whsec_' }))).toThrow(expect.objectContaining({ code: 'invalid_secret' }));
  });
});
