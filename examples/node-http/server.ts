// A Woes webhook receiver on Node's own http module, no framework.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/node-http/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
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

/** The raw bytes, or `undefined` once the body passes the limit: stop, never buffer it all. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > LIMIT) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      // Past the limit: the 413 closes the connection, and the rest is dropped.
      if (size > LIMIT) return resolve(undefined);
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** 204 on success, else only `{ code }`: the caller is not authenticated, so no error message. */
function answer(res: ServerResponse, status: number, code?: string): void {
  if (code === undefined) return void res.writeHead(status).end();
  if (status === 413) res.setHeader('connection', 'close');
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code }));
}

async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === undefined) return answer(res, 413, 'body_too_large');
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
