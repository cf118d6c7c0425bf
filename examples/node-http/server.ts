// A Woes webhook receiver on Node's own http module, no framework.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/node-http/server.ts
// In your app, import from '@woes/webhooks'.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, isWebhookVerificationError } from '../../src/runtime/index.js';

const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');
const inspect = process.env.WOES_INSPECT === '1'; // the conformance suite's inspection routes: tests only

// In production these live in your database: ids for 7 days, the sequence per resource for good.
const processed = new Map<string, number>();
const sequences = new Map<string, number>();

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

const server = createServer((req, res) => {
  const path = req.url ?? '/';
  if (inspect && req.method === 'GET' && path.startsWith('/__woes/')) {
    const [kind, a = '', b = ''] = path.slice('/__woes/'.length).split('/').map(decodeURIComponent);
    if (kind === 'events' && processed.has(a)) return send(res, 200, { processed: processed.get(a) });
    if (kind === 'resources' && sequences.has(`${a}/${b}`)) return send(res, 200, { sequence: sequences.get(`${a}/${b}`) });
    return send(res, 404, {});
  }
  if (req.method !== 'POST') return send(res, 405, { error: 'POST webhook deliveries here' });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    // Verify the raw bytes: the signature covers them exactly, so never JSON.parse first.
    webhook.verify(Buffer.concat(chunks), req.headers).then(
      (event) => {
        if (processed.has(event.id)) return send(res, 200, { received: true, duplicate: true });
        const key = `${event.resource.object}/${event.resource.id}`;
        const newer = event.sequence > (sequences.get(key) ?? 0);
        if (newer) sequences.set(key, event.sequence); // your side effect goes here, inside the same transaction
        processed.set(event.id, newer ? 1 : 0); // a stale update is acknowledged but not applied
        send(res, 200, { received: true }); // unknown event types land here too: always 2xx
      },
      (error: unknown) => {
        if (isWebhookVerificationError(error)) return send(res, 400, { code: error.code, error: error.message });
        send(res, 500, { error: 'internal error' });
      },
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
