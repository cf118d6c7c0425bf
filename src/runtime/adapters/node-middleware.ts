import type { ServerResponse } from 'node:http';
import type { RawBody } from '../signing/raw-body.js';
import { readTimeoutOf, reportError, type AdapterOptions } from './adapter-options.js';
import { adapterReply, createDeliveryHandler, declaredTooLarge, tooLarge, type AdapterReply } from './handle-delivery.js';
import { readNodeBody, type NodeWebhookRequest } from './read-node-body.js';

export type { NodeWebhookRequest } from './read-node-body.js';

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

/** Statuses after which the rest of the request is not read: the connection is closed instead of drained. */
const CLOSES_CONNECTION = new Set([408, 413, 400]);

/**
 * How long the rest of a refused body is read and dropped before the connection is closed.
 * Closing at once, while the sender still writes, makes the kernel answer its bytes with a
 * reset, and a sender whose next write fails on that reset (Node destroys the socket then) loses
 * the answer unread: a 413 went missing that way now and then on a loaded machine.
 */
const LINGER_MS = 1000;

function send(req: NodeWebhookRequest, res: ServerResponse, { status, code }: AdapterReply): void {
  // Someone else answered already (or the connection is gone): there is nothing left to write.
  if (res.headersSent || res.destroyed) return;
  if (CLOSES_CONNECTION.has(status) && !req.readableEnded) {
    req.resume();
    const socket = req.socket;
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref?.();
    socket.once('close', () => clearTimeout(timer));
  }
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
    if (forward && next && result.code === 'handler_failed') {
      next(result.error);
      return;
    }
    if (result.error !== undefined) reportError(options, result.error, result.status);
    send(req, res, result);
  };
  return (req, res, next) => {
    if (req.method !== 'POST') return finish(req, res, adapterReply('method_not_allowed'));
    if (declaredTooLarge(req.headers['content-length'])) return finish(req, res, tooLarge());
    readNodeBody(req, timeoutMs)
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
