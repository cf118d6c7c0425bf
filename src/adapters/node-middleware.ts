import type { IncomingMessage, ServerResponse } from 'node:http';
import { DELIVERY_LIMITS } from '../../generated/catalog.js';
import type { RawBody } from '../signing/raw-body.js';
import { reportError, type AdapterOptions } from './adapter-options.js';
import { createDeliveryHandler, declaredTooLarge, reply, tooLarge, type AdapterReply } from './handle-delivery.js';

/** A request a framework may already have read: Express with `express.raw()` leaves a Buffer on `body`. */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown };

type ReadBody = { readonly kind: 'raw'; readonly body: RawBody } | { readonly kind: 'parsed'; readonly value: unknown } | { readonly kind: 'too_large' };

/** The raw body: `req.body` when a framework read it, else the stream, up to the spec's limit. */
function readBody(req: NodeWebhookRequest): Promise<ReadBody> {
  const { body } = req;
  if (typeof body === 'string' || body instanceof Uint8Array) return Promise.resolve({ kind: 'raw', body });
  // A JSON body parser ran first: verify gets the object and explains how to get the raw body.
  if (body !== undefined && req.readableEnded) return Promise.resolve({ kind: 'parsed', value: body });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= DELIVERY_LIMITS.maxPayloadBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume(); // discard the rest; the connection closes after the 413
      resolve({ kind: 'too_large' });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ kind: 'raw', body: Buffer.concat(chunks, size) }));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, { status, code }: AdapterReply): void {
  if (status === 413) res.setHeader('connection', 'close');
  if (code === undefined) return void res.writeHead(status).end();
  const json = JSON.stringify({ code });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
}

/**
 * A webhook endpoint for node:http and Express-style servers: `(req, res, next?) => void`.
 * Reads the raw body itself, or uses `req.body` when it is a Buffer or string
 * (`express.raw({ type: 'application/json' })`). Answers 204 on success and the status from
 * STATUS_FOR_CODE with only `{ "code" }` on failure. When `onEvent` throws and there is a
 * `next`, the error goes to it (Express error handlers) instead of a 500.
 */
export function createNodeMiddleware(options: AdapterOptions): (req: NodeWebhookRequest, res: ServerResponse, next?: (error?: unknown) => void) => void {
  const handle = createDeliveryHandler(options);
  const finish = (res: ServerResponse, result: AdapterReply, next?: (error?: unknown) => void): void => {
    if (result.code === 'handler_failed' && next) return next(result.error);
    if (result.error !== undefined) reportError(options, result.error, result.status);
    send(res, result);
  };
  return (req, res, next) => {
    if (req.method !== 'POST') return finish(res, reply(405, 'method_not_allowed'));
    if (declaredTooLarge(req.headers['content-length'])) return finish(res, tooLarge());
    readBody(req)
      .then(async (read) => {
        if (read.kind === 'too_large') return tooLarge();
        return handle(read.kind === 'raw' ? read.body : (read.value as RawBody), req.headers);
      })
      .then(
        (result) => finish(res, result, next),
        (error: unknown) => (next ? next(error) : res.destroy(error instanceof Error ? error : undefined)),
      );
  };
}
