// A Woes webhook receiver in Express, by hand. The one trap: express.json() parses and discards
// the raw bytes the signature covers, so this route takes express.raw() instead.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import {
  DELIVERY,
  STATUS_FOR_CODE,
  Webhook,
  isWebhookVerificationError,
} from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';
// #endregion recipe
import { inspectionEnabled } from '../common/event-store.js';

// #region recipe
const store = new EventStore(); // in production: your database
const app = express();
// A bad secret fails here, at startup.
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');

app.post(
  '/webhooks/woes',
  // body-parser drains an oversized body to its end before it answers: refuse a declared one now.
  // (A chunked body past the limit is answered only when it ends; where no proxy bounds bodies,
  // prefer createNodeMiddleware, which refuses while reading.)
  (req, res, next) => {
    if (Number(req.headers['content-length'] ?? 0) <= DELIVERY.limits.maxPayloadBytes)
      return next();
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
      // Your code failed: the error handler below answers.
      if (!isWebhookVerificationError(error)) return next(error);
      // Only the code: the caller is not authenticated yet, and a message may reveal details.
      res.status(STATUS_FOR_CODE[error.code]).json({ code: error.code });
    }
  },
);

// body-parser's refusals and anything thrown above: a code, never Express's HTML error page.
const answerErrors: ErrorRequestHandler = (error: { type?: unknown }, _req, res, _next) => {
  if (error.type === 'entity.too.large')
    return res.status(413).set('connection', 'close').json({ code: 'body_too_large' });
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

// #region recipe
const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
// #endregion recipe
