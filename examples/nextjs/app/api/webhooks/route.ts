// A Woes webhook endpoint as a Next.js App Router route handler: POST /api/webhooks.
// In your app, import from '@woes/webhooks'.
// #region recipe
import { createFetchHandler } from '../../../../../src/runtime/index.js';
// #endregion recipe
import { store } from '../../../lib/store.js';

// #region recipe
// Node.js runtime, never cached or prerendered: every delivery must reach this code.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// A route handler gets the Web `Request` untouched: the adapter reads the raw bytes from
// `request.body` itself, up to the size limit. Never call `request.json()` first.
export const POST = createFetchHandler({
  secret: process.env.WOES_WEBHOOK_SECRET ?? '', // a bad secret fails when the route loads
  onEvent: (event) => void store.record(event), // answer fast: store it, process it later
});
// #endregion recipe
