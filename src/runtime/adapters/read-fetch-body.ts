import { DELIVERY_LIMITS_MAX_PAYLOAD_BYTES } from '../../../generated/catalog.js';
import { bodyAlreadyRead, bodyTimeout, bodyUnreadable, tooLarge, type AdapterReply } from './handle-delivery.js';

/** The body read whole, or the reply that says why it could not be. */
export type FetchReadOutcome = { readonly kind: 'body'; readonly body: Uint8Array } | { readonly kind: 'reply'; readonly reply: AdapterReply };

/** Reads at most the spec's limit (no Content-Length needed); stops on the first chunk past it. */
async function readLimited(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<FetchReadOutcome> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      return { kind: 'reply', reply: bodyUnreadable(error) };
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > DELIVERY_LIMITS_MAX_PAYLOAD_BYTES) {
      reader.cancel().catch(() => {});
      return { kind: 'reply', reply: tooLarge() };
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'body', body };
}

/**
 * The body within `timeoutMs`, or the reply that says why not. A body another reader holds
 * or already consumed is the receiver's setup (500 `raw_body_required`); a stream that fails
 * is 400 `body_unreadable`; one that stalls or never ends is 408 `body_timeout`.
 */
export async function readFetchBody(request: Request, timeoutMs: number): Promise<FetchReadOutcome> {
  if (request.bodyUsed)
    return {
      kind: 'reply',
      reply: bodyAlreadyRead('the request body was already read (request.json(), request.text() or a middleware) before the webhook handler'),
    };
  if (!request.body) return { kind: 'body', body: new Uint8Array(0) };
  if (request.body.locked) return { kind: 'reply', reply: bodyAlreadyRead('the request body stream is locked by another reader') };
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<FetchReadOutcome>((resolve) => {
    timer = setTimeout(() => {
      // Not awaited: a stream whose cancel never settles must not hold the answer back.
      reader.cancel().catch(() => {});
      resolve({ kind: 'reply', reply: bodyTimeout(timeoutMs) });
    }, timeoutMs);
  });
  try {
    return await Promise.race([readLimited(reader), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
