// A Woes webhook receiver in Express, by hand. The one trap: express.json() parses and discards
// the raw bytes the signature covers, so this route takes express.raw() instead, behind a guard
// that bounds the body in bytes and in time (body-parser does neither while the body arrives).
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/express/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import type { AddressInfo } from 'node:net';
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import {
  DEFAULT_READ_TIMEOUT_MS,
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
const LIMIT = DELIVERY.limits.maxPayloadBytes; // Woes never sends more

type Refusal = { readonly status: 408 | 413; readonly code: 'body_timeout' | 'body_too_large' };
const TOO_LARGE: Refusal = { status: 413, code: 'body_too_large' };

/**
 * Answers now, then drops what the sender still sends for up to a second before closing:
 * closing at once, with bytes still arriving, makes the kernel reset the connection, and a
 * sender whose next write fails on that reset loses the answer unread.
 */
function refuse(req: Request, res: Response, { status, code }: Refusal): void {
  if (res.headersSent) return;
  const socket = req.socket; // req may let go of it once the answer is written
  req.resume();
  res.status(status).json({ code });
  setTimeout(() => socket.destroy(), 1000).unref();
}

// body-parser answers an oversized body only once it has drained it to its end, and waits for
// a stalled one for ever. This guard counts the bytes as they arrive and answers 413 at the
// limit, or 408 when the body has not come whole within the adapters' read deadline;
// body-parser's own late error is then ignored below.
const guardBody: RequestHandler = (req, res, next) => {
  if (Number(req.headers['content-length'] ?? 0) > LIMIT) return refuse(req, res, TOO_LARGE);
  let size = 0;
  const late: Refusal = { status: 408, code: 'body_timeout' };
  const timer = setTimeout(() => refuse(req, res, late), DEFAULT_READ_TIMEOUT_MS);
  req.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    if (size > LIMIT) refuse(req, res, TOO_LARGE);
  });
  req.once('end', () => clearTimeout(timer));
  res.once('close', () => clearTimeout(timer));
  next();
};

app.post(
  '/webhooks/woes',
  guardBody,
  // req.body becomes the raw Buffer. `limit` makes body-parser stop storing past the
  // contract's limit (it discards the rest).
  express.raw({ type: 'application/json', limit: LIMIT }),
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
const answerErrors: ErrorRequestHandler = (error: { type?: unknown }, req, res, _next) => {
  if (res.headersSent) return; // the guard answered already: this is body-parser catching up
  if (error.type === 'entity.too.large') return refuse(req, res, TOO_LARGE);
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
