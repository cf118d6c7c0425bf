import type { IncomingMessage } from 'node:http';
import { DELIVERY_LIMITS_MAX_PAYLOAD_BYTES } from '../../../generated/catalog.js';
import type { RawBody } from '../signing/raw-body.js';
import { bodyAlreadyRead, bodyTimeout, bodyUnreadable, tooLarge, type AdapterReply } from './handle-delivery.js';

/** A request a framework may already have read: Express with `express.raw()` leaves a Buffer on `body`. */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown };

/** The raw body, a body a parser already turned into an object, or the reply that says why there is neither. */
export type NodeReadOutcome =
  | { readonly kind: 'raw'; readonly body: RawBody }
  | { readonly kind: 'parsed'; readonly value: unknown }
  | { readonly kind: 'reply'; readonly reply: AdapterReply };

/**
 * The raw body: `req.body` when a framework read it, else the stream, up to the spec's limit
 * and within `timeoutMs`. Always settles: a stream that was drained, fails, closes early or
 * stalls gives the reply that says so.
 */
export function readNodeBody(req: NodeWebhookRequest, timeoutMs: number): Promise<NodeReadOutcome> {
  const { body } = req;
  if (typeof body === 'string' || body instanceof Uint8Array) return Promise.resolve({ kind: 'raw', body });
  // A JSON body parser ran first: verify gets the object and explains how to get the raw body.
  if (body !== undefined && req.readableEnded) return Promise.resolve({ kind: 'parsed', value: body });
  // Read to its end by something that kept no raw body: 'end' will never fire again.
  if (req.readableEnded) {
    return Promise.resolve({
      kind: 'reply',
      reply: bodyAlreadyRead(
        'the request stream was already read to its end and req.body holds no raw body (a body parser or a `for await (… of req)` ran first)',
      ),
    });
  }
  if (req.destroyed)
    return Promise.resolve({
      kind: 'reply',
      reply: bodyUnreadable(req.errored ?? new Error('the request stream was destroyed before the webhook handler read it')),
    });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: NodeReadOutcome): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      // Whatever is left is discarded; the connection closes a moment after the answer (see send).
      if (outcome.kind === 'reply') req.resume();
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.byteLength;
      if (size <= DELIVERY_LIMITS_MAX_PAYLOAD_BYTES) return void chunks.push(chunk);
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
