// A Woes webhook receiver as a Workers-style module: `export default { fetch }`, the shape
// Cloudflare Workers, Deno (`deno serve`) and Bun take. Configuration arrives as bindings
// (`env`), not process.env. In your app, import from '@woes/webhooks'.
// #region recipe
import { createFetchHandler } from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';
// #endregion recipe

/** In production this is your database (D1, KV) or a queue, not memory. Exported for the tests. */
export const store = new EventStore();

// #region recipe
export interface Env {
  /** The endpoint's signing secret (`whsec_…`), a secret binding (`wrangler secret put`). */
  readonly WOES_WEBHOOK_SECRET: string;
}

// One isolate serves many requests: build the handler once (bindings arrive with the first).
let receive: ((request: Request) => Promise<Response>) | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname !== '/webhooks/woes')
      return new Response(null, { status: 404 });
    receive ??= createFetchHandler({
      secret: env.WOES_WEBHOOK_SECRET,
      onEvent: (event) => void store.record(event), // answer fast: store it, process it later
    });
    // The request arrives with its body unread: the adapter reads the raw bytes, up to the limit.
    return receive(request);
  },
};
// #endregion recipe
