// A Woes webhook receiver in Express with the package's adapter: createNodeMiddleware reads
// the raw body itself (up to the size limit), verifies it, and answers the documented statuses.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express-adapter/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { createNodeMiddleware } from '../../src/runtime/index.js';
import { EventStore } from '../common/event-store.js';
// #endregion recipe
import { inspectionEnabled } from '../common/event-store.js';

// #region recipe
const store = new EventStore(); // in production: your database
const app = express();
// Mount it before any body parser touches this route (no app.use(express.json()) above it):
// the middleware needs the request stream untouched, or a Buffer from express.raw().
app.post(
  '/webhooks/woes',
  createNodeMiddleware({
    secret: process.env.WOES_WEBHOOK_SECRET ?? '', // a bad secret fails here, at startup
    onEvent: (event) => void store.record(event), // answer fast: store it, process it later
  }),
);

// When onEvent throws, the adapter passes the error to Express: answer with a code, never
// Express's HTML error page (it can carry the error's text).
const answerErrors: ErrorRequestHandler = (error, _req, res, _next) => {
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
