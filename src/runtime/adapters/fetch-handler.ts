import { readTimeoutOf, reportError, type AdapterOptions } from './adapter-options.js';
import { adapterReply, createDeliveryHandler, declaredTooLarge, tooLarge, type AdapterReply } from './handle-delivery.js';
import { readFetchBody } from './read-fetch-body.js';

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
    const read = await readFetchBody(request, timeoutMs);
    return read.kind === 'reply' ? read.reply : handle(read.body, request.headers);
  };
  return (request) => answer(request).then(respond, (error: unknown) => respond(adapterReply('handler_failed', error)));
}
