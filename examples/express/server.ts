// A Woes webhook receiver in Express, by hand. The one trap: express.json() parses and discards
// the raw bytes the signature covers, so this route takes express.raw() instead, behind a guard
// that bounds the body in bytes and in time (body-parser does neither while the body arrives).
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express/server.ts
// In your app, import from '@woes/webhooks'.
import type { AddressInfo } from 'node:net';
// #region recipe
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { DEFAULT_READ_TIMEOUT_MS, DELIVERY, STATUS_FOR_CODE, Webhook, isWebhookVerificationError } from '../../src/runtime/index.js';
// #endregion recipe
import { EventStore, inspectionEnabled } from '../common/event-store.js';

const store = new EventStore();

// #region recipe
const app = express();
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? ''); // a bad secret fails here, at startup
const LIMIT = DELIVERY.limits.maxPayloadBytes; // Woes never sends more

/**
 * Answers now (413 or 408), then drops what the sender still sends for up to a second before
 * closing: closing at once, with bytes still arriving, makes the kernel reset the connection,
 * and a sender whose next write fails on that reset loses the answer unread.
 */
function refuse(req: Request, res: Response, status: 408 | 413, code: 'body_timeout' | 'body_too_large'): void {
  if (res.headersSent) return;
  const socket = req.socket; // req may let go of it once the answer is written
  req.resume();
  res.status(status).json({ code });
  setTimeout(() => socket.destroy(), 1000).unref();
}

// body-parser answers an oversized body only once it has drained it to its end, and waits for a
// stalled one for ever: a chunked body that never ends got no answer at all. This guard counts
// the bytes as they arrive and answers 413 at the limit, or 408 when the whole body has not
// come within the adapters' read deadline; body-parser's own late error is then ignored below.
const guardBody: RequestHandler = (req, res, next) => {
  if (Number(req.headers['content-length'] ?? 0) > LIMIT) return refuse(req, res, 413, 'body_too_large');
  let size = 0;
  const timer = setTimeout(() => refuse(req, res, 408, 'body_timeout'), DEFAULT_READ_TIMEOUT_MS);
  req.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    if (size > LIMIT) refuse(req, res, 413, 'body_too_large');
  });
  req.once('end', () => clearTimeout(timer));
  res.once('close', () => clearTimeout(timer));
  next();
};

app.post(
  '/webhooks/woes',
  guardBody,
  // req.body becomes the raw Buffer. `limit` makes body-parser stop storing past the contract's
  // limit (it discards the rest).
  express.raw({ type: 'application/json', limit: LIMIT }),
  async (req, res, next) => {
    try {
      const event = await webhook.verify(req.body as Buffer, req.headers);
      store.record(event); // answer fast: store it, process it later
      res.status(204).end(); // duplicates, stale updates and unknown types too
    } catch (error) {
      if (!isWebhookVerificationError(error)) return next(error); // your code failed: the handler below
      // Only the code: the caller is not authenticated yet, and a message may reveal details.
      res.status(STATUS_FOR_CODE[error.code]).json({ code: error.code });
    }
  },
);

// body-parser's refusals and anything thrown above: a code, never Express's HTML error page.
const answerErrors: ErrorRequestHandler = (error: { type?: unknown }, req, res, _next) => {
  if (res.headersSent) return; // the guard answered already; this is body-parser catching up
  if (error.type === 'entity.too.large') return refuse(req, res, 413, 'body_too_large');
  console.error(error); // the full error goes to your logs
  res.status(500).json({ code: 'handler_failed' });
};
app.use(answerErrors);
// #endregion recipe

// The conformance suite's inspection routes (tests only, never in production).
if (inspectionEnabled(process.env)) {
  app.get('/__woes/*', (req, res) => {
    const { status, body } = store.inspect(req.path.slice('/__woes/'.length));
    res.status(status).json(body);
  });
}

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
