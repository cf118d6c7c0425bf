// A Woes webhook receiver as a Fetch-API handler: the shape Cloudflare Workers, Deno, Bun,
// Vercel and Next.js route handlers take. In your app, import from '@woes/webhooks'.
import { createFetchHandler } from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';

export interface ReceiverOptions {
  /** The endpoint's signing secret from Settings → Webhooks (`whsec_…`). */
  readonly secret: string;
  /** Answer the conformance suite's inspection routes under /__woes (tests only, never in production). */
  readonly inspect?: boolean;
}

export function createHandler(options: ReceiverOptions): (request: Request) => Promise<Response> {
  const store = new EventStore(); // in production: your database
  // The adapter reads the raw body (up to the size limit), verifies it, and answers 204, or
  // only `{ code }` with 401, 413, 400 or 500: no error message reaches an unauthenticated caller.
  const receive = createFetchHandler({
    secret: options.secret,
    onEvent: (event) => void store.record(event),
  });

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (options.inspect === true && request.method === 'GET' && pathname.startsWith('/__woes/')) {
      const { status, body } = store.inspect(pathname.slice('/__woes/'.length));
      return Response.json(body, { status });
    }
    return receive(request); // event types this code does not know still get a 2xx
  };
}
