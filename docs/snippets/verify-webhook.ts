import { Webhook, WebhookVerificationError, type ReceivedEvent } from '@woes/webhooks';

export interface WoesWebhookOptions {
  /** The endpoint's signing secret (`whsec_…`). Pass both during a rotation. */
  readonly secret: string | readonly string[];
  /** Store the event for processing after the response. Resolve once it is stored. */
  readonly enqueue: (event: ReceivedEvent) => Promise<void>;
}

/**
 * A Fetch API handler: Node.js 20+, Deno, Bun, Cloudflare Workers, Next.js route handlers.
 * A malformed secret throws `invalid_secret` here, at startup, not on the first delivery.
 */
export function woesWebhookHandler(options: WoesWebhookOptions): (request: Request) => Promise<Response> {
  const { secret, enqueue } = options;
  const webhook = new Webhook(secret);
  return async (request) => {
    // Verify the exact bytes Woes signed. Never parse and re-serialize the body first.
    const body = new Uint8Array(await request.arrayBuffer());
    let event: ReceivedEvent;
    try {
      event = await webhook.verify(body, request.headers);
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        return Response.json({ code: error.code, error: error.message }, { status: 400 });
      }
      throw error;
    }
    // Answer fast: queue the event, process it after responding.
    await enqueue(event);
    return new Response(null, { status: 204 });
  };
}
