import type { IncomingMessage, ServerResponse } from 'node:http';
import { DELIVERY } from '../../generated/catalog.js';
import type { RawBody } from '../signing/raw-body.js';
import { readTimeoutOf, reportError, type AdapterOptions } from './adapter-options.js';
import { adapterReply, bodyAlreadyRead, bodyTimeout, bodyUnreadable, createDeliveryHandler, declaredTooLarge, tooLarge, type AdapterReply } from './handle-delivery.js';

/** A request a framework may already have read: Express with `express.raw()` leaves a Buffer on `body`. */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown };

/** `createNodeMiddleware`'s options: those of both adapters, and where `onEvent` failures go. */
export interface NodeAdapterOptions extends AdapterOptions {
  /**
   * When `onEvent` throws or rejects: `'respond'` (the default) answers 500
   * `{ "code": "handler_failed" }` like every other failure; `'next'` passes the error to
   * Express's `next(error)` so your error middleware answers instead (without one, Express
   * answers with an HTML page that shows the error's text). Either way `onError` is told
   * only when the adapter answers.
   */
  readonly handlerErrors?: 'respond' | 'next';
}

type ReadOutcome = { readonly kind: 'raw'; readonly body: RawBody } | { readonly kind: 'parsed'; readonly value: unknown } | { readonly kind: 'reply'; readonly reply: AdapterReply };

/**
 * The raw body: `req.body` when a framework read it, else the stream, up to the spec's limit
 * and within `timeoutMs`. Always settles: a stream that was drained, fails, closes early or
 * stalls gives the reply that says so.
 */
function readBody(req: NodeWebhookRequest, timeoutMs: number): Promise<ReadOutcome> {
  const { body } = req;
  if (typeof body === 'string' || body instanceof Uint8Array) return Promise.resolve({ kind: 'raw', body });
  // A JSON body parser ran first: verify gets the object and explains how to get the raw body.
  if (body !== undefined && req.readableEnded) return Promise.resolve({ kind: 'parsed', value: body });
  // Read to its end by something that kept no raw body: 'end' will never fire again.
  if (req.readableEnded) {
    return Promise.resolve({ kind: 'reply', reply: bodyAlreadyRead('the request stream was already read to its end and req.body holds no raw body (a body parser or a `for await (… of req)` ran first)') });
  }
  if (req.destroyed) return Promise.resolve({ kind: 'reply', reply: bodyUnreadable(req.errored ?? new Error('the request stream was destroyed before the webhook handler read it')) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: ReadOutcome): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      // Whatever is left is discarded; the connection closes after the answer (see send).
      if (outcome.kind === 'reply') req.resume();
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= DELIVERY.limits.maxPayloadBytes) return void chunks.push(chunk);
      settle({ kind: 'reply', reply: tooLarge() });
    };
    const onEnd = (): void => settle({ kind: 'raw', body: Buffer.concat(chunks, size) });
    const onError = (error: Error): void => settle({ kind: 'reply', reply: bodyUnreadable(error) });
    // 'close' before 'end': the sender went away mid-body.
    const onClose = (): void => settle({ kind: 'reply', reply: bodyUnreadable(req.errored ?? new Error('the connection closed before the body ended')) });
    const timer = setTimeout(() => settle({ kind: 'reply', reply: bodyTimeout(timeoutMs) }), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/** Statuses after which the rest of the request is not read: close the connection instead of draining it. */
const CLOSES_CONNECTION = new Set([408, 413, 400]);

function send(req: NodeWebhookRequest, res: ServerResponse, { status, code }: AdapterReply): void {
  // Someone else answered already (or the connection is gone): there is nothing left to write.
  if (res.headersSent || res.destroyed) return;
  if (CLOSES_CONNECTION.has(status) && !req.readableEnded) res.setHeader('connection', 'close');
  if (code === undefined) return void res.writeHead(status).end();
  const json = JSON.stringify({ code });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
}

/**
 * A webhook endpoint for node:http and Express-style servers: `(req, res, next?) => void`.
 * Reads the raw body itself, within `readTimeoutMs`, or uses `req.body` when it is a Buffer or
 * string (`express.raw({ type: 'application/json' })`). Answers 204 on success and, on every
 * failure, only `{ "code" }` with the status from STATUS_FOR_CODE or STATUS_FOR_ADAPTER_CODE;
 * with `handlerErrors: 'next'` an `onEvent` failure goes to `next(error)` instead.
 */
export function createNodeMiddleware(options: NodeAdapterOptions): (req: NodeWebhookRequest, res: ServerResponse, next?: (error?: unknown) => void) => void {
  const handle = createDeliveryHandler(options);
  const timeoutMs = readTimeoutOf(options);
  const forward = options.handlerErrors === 'next';
  const finish = (req: NodeWebhookRequest, res: ServerResponse, result: AdapterReply, next?: (error?: unknown) => void): void => {
    if (forward && next && result.code === 'handler_failed') return next(result.error);
    if (result.error !== undefined) reportError(options, result.error, result.status);
    send(req, res, result);
  };
  return (req, res, next) => {
    if (req.method !== 'POST') return finish(req, res, adapterReply('method_not_allowed'));
    if (declaredTooLarge(req.headers['content-length'])) return finish(req, res, tooLarge());
    readBody(req, timeoutMs)
      .then((read) => {
        if (read.kind === 'reply') return read.reply;
        return handle(read.kind === 'raw' ? read.body : (read.value as RawBody), req.headers);
      })
      .catch((error: unknown) => adapterReply('handler_failed', error))
      .then((result) => finish(req, res, result, next))
      .catch((error: unknown) => {
        // Only a throwing `next` can land here: answer if nothing has been written yet.
        reportError(options, error, 500);
        send(req, res, adapterReply('handler_failed'));
      });
  };
}
