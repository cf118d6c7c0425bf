import { DELIVERY } from '../../generated/catalog.js';
import { readTimeoutOf, reportError, type AdapterOptions } from './adapter-options.js';
import { adapterReply, bodyAlreadyRead, bodyTimeout, bodyUnreadable, createDeliveryHandler, declaredTooLarge, tooLarge, type AdapterReply } from './handle-delivery.js';

type ReadOutcome = { readonly kind: 'body'; readonly body: Uint8Array } | { readonly kind: 'reply'; readonly reply: AdapterReply };

/** Reads at most the spec's limit (no Content-Length needed); stops on the first chunk past it. */
async function readLimited(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<ReadOutcome> {
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
    if (size > DELIVERY.limits.maxPayloadBytes) {
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
async function readBody(request: Request, timeoutMs: number): Promise<ReadOutcome> {
  if (request.bodyUsed) return { kind: 'reply', reply: bodyAlreadyRead('the request body was already read (request.json(), request.text() or a middleware) before the webhook handler') };
  if (!request.body) return { kind: 'body', body: new Uint8Array(0) };
  if (request.body.locked) return { kind: 'reply', reply: bodyAlreadyRead('the request body stream is locked by another reader') };
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ReadOutcome>((resolve) => {
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

/**
 * A Fetch-API webhook endpoint, `(request) => Promise<Response>`, for Deno, Bun, Cloudflare
 * Workers, Next.js route handlers (`export const POST = createFetchHandler({ … })`) and Node
 * servers that speak Fetch. It reads the raw body itself, within `readTimeoutMs`. Answers 204
 * on success, and on failure only `{ "code" }` with the status from STATUS_FOR_CODE or
 * STATUS_FOR_ADAPTER_CODE. The returned promise always resolves to a response.
 */
export function createFetchHandler(options: AdapterOptions): (request: Request) => Promise<Response> {
  const handle = createDeliveryHandler(options);
  const timeoutMs = readTimeoutOf(options);
  const respond = (result: AdapterReply): Response => {
    if (result.error !== undefined) reportError(options, result.error, result.status);
    if (result.code === undefined) return new Response(null, { status: result.status });
    return new Response(JSON.stringify({ code: result.code }), { status: result.status, headers: { 'content-type': 'application/json' } });
  };
  const answer = async (request: Request): Promise<AdapterReply> => {
    if (request.method !== 'POST') return adapterReply('method_not_allowed');
    if (declaredTooLarge(request.headers.get('content-length'))) return tooLarge();
    const read = await readBody(request, timeoutMs);
    return read.kind === 'reply' ? read.reply : handle(read.body, request.headers);
  };
  return (request) => answer(request).then(respond, (error: unknown) => respond(adapterReply('handler_failed', error)));
}
