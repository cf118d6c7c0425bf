import { DELIVERY_LIMITS } from '../../generated/catalog.js';
import { reportError, type AdapterOptions } from './adapter-options.js';
import { createDeliveryHandler, declaredTooLarge, reply, tooLarge, type AdapterReply } from './handle-delivery.js';

/** Reads at most the spec's limit; `undefined` when the stream goes over it (no Content-Length needed). */
async function readLimited(request: Request): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DELIVERY_LIMITS.maxPayloadBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A Fetch-API webhook endpoint, `(request) => Promise<Response>`, for Deno, Bun, Cloudflare
 * Workers, Next.js route handlers (`export const POST = createFetchHandler({ … })`) and Node
 * servers that speak Fetch. It reads the raw body itself. Answers 204 on success, and the
 * status from STATUS_FOR_CODE with only `{ "code" }` on failure.
 */
export function createFetchHandler(options: AdapterOptions): (request: Request) => Promise<Response> {
  const handle = createDeliveryHandler(options);
  const respond = (result: AdapterReply): Response => {
    if (result.error !== undefined) reportError(options, result.error, result.status);
    if (result.code === undefined) return new Response(null, { status: result.status });
    return new Response(JSON.stringify({ code: result.code }), { status: result.status, headers: { 'content-type': 'application/json' } });
  };
  return async (request) => {
    if (request.method !== 'POST') return respond(reply(405, 'method_not_allowed'));
    if (declaredTooLarge(request.headers.get('content-length'))) return respond(tooLarge());
    const body = await readLimited(request);
    return respond(body === undefined ? tooLarge() : await handle(body, request.headers));
  };
}
