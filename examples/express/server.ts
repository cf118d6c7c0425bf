// A Woes webhook receiver in Express. The one trap: express.json() would parse and discard the
// raw bytes the signature covers, so this route takes express.raw() instead.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express/server.ts
// In your app, import from '@woes/webhooks'.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { Webhook, isWebhookVerificationError } from '../../src/runtime/index.js';

const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');
const app = express();

// In production these live in your database: ids for 7 days, the sequence per resource for good.
const processed = new Map<string, number>();
const sequences = new Map<string, number>();

app.post('/webhooks/woes', express.raw({ type: '*/*', limit: '64kb' }), async (req, res) => {
  try {
    const event = await webhook.verify(req.body as Buffer, req.headers);
    if (processed.has(event.id)) return res.status(200).json({ received: true, duplicate: true });
    const key = `${event.resource.object}/${event.resource.id}`;
    const newer = event.sequence > (sequences.get(key) ?? 0);
    if (newer) sequences.set(key, event.sequence); // your side effect goes here
    processed.set(event.id, newer ? 1 : 0);
    return res.status(200).json({ received: true });
  } catch (error) {
    if (isWebhookVerificationError(error)) return res.status(400).json({ code: error.code, error: error.message });
    return res.status(500).json({ error: 'internal error' });
  }
});

// The conformance suite's inspection routes (tests only, never in production).
if (process.env.WOES_INSPECT === '1') {
  app.get('/__woes/events/:id', (req, res) => {
    const count = processed.get(req.params.id);
    res.status(count === undefined ? 404 : 200).json({ processed: count ?? 0 });
  });
  app.get('/__woes/resources/:object/:id', (req, res) => {
    const sequence = sequences.get(`${req.params.object}/${req.params.id}`);
    res.status(sequence === undefined ? 404 : 200).json({ sequence: sequence ?? null });
  });
}

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
