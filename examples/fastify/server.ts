// A Woes webhook receiver in Fastify. Fastify parses JSON by default, which discards the raw
// bytes the signature covers; a content-type parser with `parseAs: 'buffer'` keeps them.
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 tsx examples/fastify/server.ts
// In your app, import from '@woes/webhooks'.
// #region recipe
import Fastify from 'fastify';
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
app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
  if (error.statusCode === 413)
    return reply.code(413).header('connection', 'close').send({ code: 'body_too_large' });
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
