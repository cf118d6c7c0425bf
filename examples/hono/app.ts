// A Woes webhook receiver in Hono (any runtime: Node, Bun, Deno, Workers).
// In your app, import from '@woes/webhooks'.
// #region recipe
import { Hono } from 'hono';
import { createFetchHandler } from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';

/** The app. Verified events go to `store` (in production: your database). */
export function createApp(secret: string, store = new EventStore()): Hono {
  const app = new Hono();
  const receive = createFetchHandler({
    secret, // a bad secret fails here, at startup
    onEvent: (event) => void store.record(event), // answer fast: store it, process it later
  });
  // c.req.raw is the Web Request, body unread: the adapter reads the raw bytes from it, up to
  // the size limit. Do not call c.req.json() or c.req.text() first: a body is read only once.
  app.post('/webhooks/woes', (c) => receive(c.req.raw));
  return app;
}

// On Bun: export default createApp(process.env.WOES_WEBHOOK_SECRET ?? '');
// #endregion recipe
