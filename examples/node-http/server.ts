// A Woes webhook receiver on Node's own http module, no framework.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/node-http/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  DEFAULT_READ_TIMEOUT_MS,
  DELIVERY,
  STATUS_FOR_CODE,
  Webhook,
  isWebhookVerificationError,
} from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';
// #endregion recipe
import { inspectionEnabled } from '../common/event-store.js';

// #region recipe
// A bad secret fails here, at startup.
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');
const store = new EventStore(); // in production: your database
const LIMIT = DELIVERY.limits.maxPayloadBytes; // Woes never sends more
// For the whole body, as the adapters: a body that stalls gets 408.
const READ_TIMEOUT_MS = DEFAULT_READ_TIMEOUT_MS;

type Refusal = { readonly status: 408 | 413; readonly code: 'body_timeout' | 'body_too_large' };
const TOO_LARGE: Refusal = { status: 413, code: 'body_too_large' };

/** The raw bytes, or a refusal past the limit or the deadline: never buffer or wait for it all. */
function readBody(req: IncomingMessage): Promise<Buffer | Refusal> {
  if (Number(req.headers['content-length'] ?? 0) > LIMIT) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (result: Buffer | Refusal): void => {
      clearTimeout(timer);
      req.off('data', onData);
      resolve(result);
    };
    const timer = setTimeout(() => settle({ status: 408, code: 'body_timeout' }), READ_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= LIMIT) chunks.push(chunk);
      else settle(TOO_LARGE);
    };
    req.on('data', onData);
    req.on('end', () => settle(Buffer.concat(chunks)));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** 204 on success, else only `{ code }`: the caller is not authenticated, so no error message. */
function answer(res: ServerResponse, status: number, code?: string): void {
  if (code === undefined) return void res.writeHead(status).end();
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code }));
}

/**
 * Answers a body it will not read, then drops what the sender still sends for up to a second
 * before closing. Closing at once, with bytes still arriving, makes the kernel reset the
 * connection, and a sender whose next write fails on that reset loses the answer unread.
 */
function refuse(req: IncomingMessage, res: ServerResponse, { status, code }: Refusal): void {
  const socket = req.socket; // req may let go of it once the answer is written
  req.resume(); // read and discard the rest
  answer(res, status, code);
  setTimeout(() => socket.destroy(), 1000).unref();
}

async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (!Buffer.isBuffer(body)) return refuse(req, res, body);
  try {
    // Verify the raw bytes: the signature covers them exactly, so never JSON.parse first.
    const event = await webhook.verify(body, req.headers);
    store.record(event); // duplicates and stale updates are acknowledged too; unknown types as well
    answer(res, 204);
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    // 401, 413, 400, or 500 when misconfigured.
    answer(res, STATUS_FOR_CODE[error.code], error.code);
  }
}
// #endregion recipe

const inspect = inspectionEnabled(process.env);
const server = createServer((req, res) => {
  const path = req.url ?? '/';
  if (inspect && req.method === 'GET' && path.startsWith('/__woes/')) {
    const { status, body } = store.inspect(path.slice('/__woes/'.length));
    return void res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify(body));
  }
  if (path !== '/webhooks/woes') return void res.writeHead(404).end();
  if (req.method !== 'POST') return answer(res, 405, 'method_not_allowed');
  receive(req, res).catch((error: unknown) => {
    console.error(error); // the full error goes to your logs, never to the caller
    answer(res, 500, 'handler_failed');
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
