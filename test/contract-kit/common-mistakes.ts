import express from 'express';
import type { AddressInfo } from 'node:net';
import { Webhook, createNodeMiddleware, isWebhookVerificationError, type ReceivedEvent } from '../../src/runtime/index.js';

/** The commonest ways a new receiver is set up wrong; each Express app below has exactly one. */
export type Mistake = 'json-body-parser' | 'wrong-path' | 'inspection-not-mounted';

export interface ServedApp {
  /** Where the receiver really is. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * An Express receiver written the way the README shows (the library's node middleware, which
 * reads the raw body itself and refuses an oversized one at once), with the inspection routes
 * under /__woes, except for one mistake. `json-body-parser` puts express.json() in front of a
 * hand-written route that answers the library's error, code and message, as a new user's code
 * would. `wrong-path` and `inspection-not-mounted` are mistakes in how the suite is pointed at
 * it: the app is correct, and for the second it has no inspection routes.
 */
export async function serveMistake(secret: string, mistake: Mistake): Promise<ServedApp> {
  const processed = new Map<string, number>();
  const sequences = new Map<string, number>();
  const apply = (event: ReceivedEvent): void => {
    if (processed.has(event.id)) return;
    const key = `${event.resource.object}/${event.resource.id}`;
    const newer = event.sequence > (sequences.get(key) ?? 0);
    if (newer) sequences.set(key, event.sequence);
    processed.set(event.id, newer ? 1 : 0);
  };
  const app = express();
  if (mistake === 'json-body-parser') {
    const webhook = new Webhook(secret);
    app.post('/webhooks/woes', express.json(), async (req, res) => {
      try {
        apply(await webhook.verify(req.body as Buffer, req.headers));
        return res.status(200).json({ received: true });
      } catch (error) {
        if (isWebhookVerificationError(error)) return res.status(400).json({ code: error.code, error: error.message });
        return res.status(500).json({ error: 'internal error' });
      }
    });
  } else {
    app.post('/webhooks/woes', createNodeMiddleware({ secret, onEvent: apply }));
  }
  if (mistake !== 'inspection-not-mounted') {
    app.get('/__woes/events/:id', (req, res) => {
      const count = processed.get(req.params.id);
      res.status(count === undefined ? 404 : 200).json({ processed: count ?? 0 });
    });
    app.get('/__woes/resources/:object/:id', (req, res) => {
      const sequence = sequences.get(`${req.params.object}/${req.params.id}`);
      res.status(sequence === undefined ? 404 : 200).json({ sequence: sequence ?? null });
    });
  }
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
