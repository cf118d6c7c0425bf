// A Woes webhook receiver in Hono (any runtime: Node, Bun, Deno, Workers).
// In your app, import from '@woes/webhooks'.
// #region recipe
import { Hono } from 'hono';
import { createFetchHandler } from '../../src/runtime/index.js';
// #endregion recipe
import { EventStore } from '../common/event-store.js';

export function createApp(options: { readonly secret: string; readonly inspect: boolean }): Hono {
  const app = new Hono();
  const store = new EventStore();

  // #region recipe
  const receive = createFetchHandler({
    secret: options.secret, // a bad secret fails here, at startup
    onEvent: (event) => void store.record(event), // answer fast: store it, process it later
  });
  // c.req.raw is the Web Request, body unread: the adapter reads the raw bytes from it, up to
  // the size limit. Do not call c.req.json() or c.req.text() first: a body is read only once.
  app.post('/webhooks/woes', (c) => receive(c.req.raw));
  // #endregion recipe

  // The conformance suite's inspection routes (tests only, never in production).
  if (options.inspect) {
    app.get('/__woes/*', (c) => {
      const { status, body } = store.inspect(c.req.path.slice('/__woes/'.length));
      return c.json(body, status === 200 ? 200 : 404);
    });
  }
  return app;
}
