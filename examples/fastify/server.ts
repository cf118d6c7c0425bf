// A Woes webhook receiver in Fastify. Fastify parses JSON by default, which discards the raw
// bytes the signature covers; a content-type parser with `parseAs: 'buffer'` keeps them.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/fastify/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
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
const app = Fastify();
// A bad secret fails here, at startup.
const webhook = new Webhook(process.env.WOES_WEBHOOK_SECRET ?? '');

// Keep application/json bodies as the raw Buffer. `bodyLimit` stops reading past the contract's
// limit (Content-Length first, then counting) with a 413 error. In an app with other JSON
// routes, register this inside a plugin (app.register) so only the webhook route gets Buffers.
app.addContentTypeParser(
  'application/json',
  { parseAs: 'buffer', bodyLimit: DELIVERY.limits.maxPayloadBytes },
  (_req, body, done) => done(null, body),
);

// Fastify waits for a body as long as its sender takes. The parser reads this stream instead of
// the request: it fails with a 408 when the whole body has not come within the adapters' read
// deadline (answered below), and the rest of the request is discarded.
app.addHook('preParsing', async (request, _reply, payload) => {
  const timed = new PassThrough();
  const timer = setTimeout(() => {
    payload.unpipe(timed);
    payload.resume();
    const late = `the body did not arrive within ${DEFAULT_READ_TIMEOUT_MS} ms`;
    timed.destroy(Object.assign(new Error(late), { statusCode: 408 }));
  }, DEFAULT_READ_TIMEOUT_MS);
  payload.once('error', (error) => timed.destroy(error));
  request.raw.once('close', () => clearTimeout(timer));
  timed.once('end', () => clearTimeout(timer));
  return payload.pipe(timed);
});

app.post('/webhooks/woes', async (request, reply) => {
  try {
    const event = await webhook.verify(request.body as Buffer, request.headers);
    store.record(event); // answer fast: store it, process it later
    return reply.code(204).send(); // duplicates, stale updates and unknown types too
  } catch (error) {
    // Your code failed: the error handler below answers.
    if (!isWebhookVerificationError(error)) throw error;
    // Only the code: the caller is not authenticated yet, and a message may reveal details.
    return reply.code(STATUS_FOR_CODE[error.code]).send({ code: error.code });
  }
});

// Fastify's own refusals (413 past bodyLimit, 415, a malformed request) and anything thrown
// above: a code, never Fastify's default body, which carries the error's message.
app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
  if (error.statusCode === 413 || error.statusCode === 408) {
    // Drop what the sender still sends for a second, then close: closing at once (Fastify's
    // `connection: close` after a parser error) resets the connection under its writes, and
    // the reset can destroy the answer before it is read.
    const socket = request.raw.socket; // the request may let go of it once the answer is written
    reply.removeHeader('connection');
    request.raw.unpipe();
    request.raw.resume();
    setTimeout(() => socket.destroy(), 1000).unref();
    const code = error.statusCode === 413 ? 'body_too_large' : 'body_timeout';
    return reply.code(error.statusCode).send({ code });
  }
  if (error.statusCode !== undefined && error.statusCode < 500)
    return reply.code(error.statusCode).send({ code: 'bad_request' });
  console.error(error); // the full error goes to your logs
  return reply.code(500).send({ code: 'handler_failed' });
});
// #endregion recipe

// The conformance suite's inspection routes (tests only, never in production).
if (inspectionEnabled(process.env)) {
  app.get('/__woes/*', async (request, reply) => {
    const { status, body } = store.inspect(request.url.slice('/__woes/'.length));
    return reply.code(status).send(body);
  });
}

// #region recipe
const address = await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });
console.log(`listening on ${address}`);
// #endregion recipe
