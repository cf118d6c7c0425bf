// A Woes webhook receiver in Express, by hand. The one trap: express.json() parses and discards
// the raw bytes the signature covers, so this route takes express.raw() instead.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express/server.ts
// In your app, import from '@woes/webhooks'.
import type { AddressInfo } from 'node:net';
// #region recipe
import express, { type ErrorRequestHandler } from 'express';
import { DELIVERY, STATUS_FOR_CODE, Webhook, isWebhookVerificationError } from '../../src/runtime/index.js';
// #endregion recipe
import { EventStore, inspectionEnabled } from '../common/event-store.js';

const store = new EventStore();

// #region recipe
const app = express();
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? ''); // a bad secret fails here, at startup

app.post(
  '/webhooks/woes',
  // body-parser drains an oversized body to its end before it answers: refuse a declared one now.
  // (A chunked body past the limit is answered only when it ends; where no proxy bounds bodies,
  // prefer createNodeMiddleware, which refuses while reading.)
  (req, res, next) => {
    if (Number(req.headers['content-length'] ?? 0) <= DELIVERY.limits.maxPayloadBytes) return next();
    res.status(413).set('connection', 'close').json({ code: 'body_too_large' });
  },
  // req.body becomes the raw Buffer. `limit` makes body-parser stop storing past the contract's
  // limit (it discards the rest) and fail with a 413 error, answered below.
  express.raw({ type: 'application/json', limit: DELIVERY.limits.maxPayloadBytes }),
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
const answerErrors: ErrorRequestHandler = (error: { type?: unknown }, _req, res, _next) => {
  if (error.type === 'entity.too.large') return res.status(413).set('connection', 'close').json({ code: 'body_too_large' });
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
