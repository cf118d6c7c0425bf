import {
  DELIVERY,
  STATUS_FOR_CODE,
  Webhook,
  WebhookVerificationError,
  type ReceivedEvent,
} from '@woes/webhooks';

export interface WoesWebhookOptions {
  /** The endpoint's signing secret (`whsec_…`). Pass both during a rotation. */
  readonly secret: string | readonly string[];
  /** Store the event for processing after the response. Resolve once it is stored. */
  readonly enqueue: (event: ReceivedEvent) => Promise<void>;
}

/** The raw body, or `undefined` once it passes the size limit: stop, never buffer it all. */
async function readBody(request: Request): Promise<Uint8Array | undefined> {
  const limit = DELIVERY.limits.maxPayloadBytes;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader?.cancel(); // drop the rest unread
      return undefined;
    }
    chunks.push(read.value);
  }
  const body = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (body.set(chunk, offset), offset + chunk.byteLength), 0);
  return body;
}

/**
 * A Fetch API handler: Node.js 20+, Deno, Bun, Cloudflare Workers, Next.js route handlers.
 * A malformed secret throws `invalid_secret` here, at startup, not on the first delivery.
 * It answers as the package's adapters do: 204, or only `{ code }` with 401 (not authentic),
 * 413 (too large), 400 (not a valid event) or 500 (misconfigured, or `enqueue` failed).
 */
export function woesWebhookHandler(
  options: WoesWebhookOptions,
): (request: Request) => Promise<Response> {
  const { secret, enqueue } = options;
  const webhook = new Webhook(secret);
  return async (request) => {
    // Verify the exact bytes Woes signed. Never parse and re-serialize the body first.
    const body = await readBody(request);
    if (body === undefined) return Response.json({ code: 'body_too_large' }, { status: 413 });
    let event: ReceivedEvent;
    try {
      event = await webhook.verify(body, request.headers);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // Only the code: the caller is not authenticated yet, and a message may reveal details.
      return Response.json({ code: error.code }, { status: STATUS_FOR_CODE[error.code] });
    }
    try {
      await enqueue(event); // answer fast: queue the event, process it after responding
    } catch (error) {
      console.error(error); // the full error goes to your logs, never to the caller
      return Response.json({ code: 'handler_failed' }, { status: 500 });
    }
    return new Response(null, { status: 204 });
  };
}
