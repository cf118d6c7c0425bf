// A Woes webhook endpoint as a Next.js App Router route handler: POST /api/webhooks.
// In your app, import from '@woes/webhooks'.
// #region recipe
import {
  createFetchHandler,
  isWebhookVerificationError,
} from '../../../../../src/runtime/index.js';
// #endregion recipe
import { store } from '../../../lib/store.js';

// #region recipe
// Node.js runtime, never cached or prerendered: every delivery must reach this code.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// Built on the first request, not when the module loads: `next build` loads every route, and
// a build in Docker or CI has no runtime secrets. A missing or malformed secret answers 500
// `invalid_secret` (Woes retries, so deploying the right secret recovers the deliveries).
let receive: ((request: Request) => Promise<Response>) | undefined;

// A route handler gets the Web `Request` untouched: the adapter reads the raw bytes from
// `request.body` itself, up to the size limit. Never call `request.json()` first.
export async function POST(request: Request): Promise<Response> {
  try {
    receive ??= createFetchHandler({
      secret: process.env.WOES_WEBHOOK_SECRET ?? '',
      onEvent: (event) => void store.record(event), // answer fast: store it, process it later
    });
  } catch (error) {
    console.error(error); // says what is wrong with the secret and how to fix it
    const code = isWebhookVerificationError(error) ? error.code : 'handler_failed';
    return Response.json({ code }, { status: 500 });
  }
  return receive(request);
}
// #endregion recipe
