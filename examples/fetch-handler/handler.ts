// A Woes webhook receiver as a Fetch-API handler: the shape Cloudflare Workers, Deno, Bun,
// Vercel and Next.js route handlers take. In your app, import from '@woes/webhooks'.
import { Webhook, isWebhookVerificationError, type ReceivedEvent } from '../../src/index.js';

export interface ReceiverOptions {
  /** The endpoint's signing secret from Settings → Webhooks (`whsec_…`). */
  readonly secret: string;
  /** Answer the conformance suite's inspection routes under /__woes (tests only, never in production). */
  readonly inspect?: boolean;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createHandler(options: ReceiverOptions): (request: Request) => Promise<Response> {
  const webhook = new Webhook(options.secret);
  // In production these live in your database: ids for 7 days, the sequence per resource for good.
  const processed = new Map<string, number>();
  const seen = new Set<string>();
  const sequences = new Map<string, number>();

  function apply(event: ReceivedEvent): void {
    const key = `${event.resource.object}/${event.resource.id}`;
    // Deliveries are not ordered: a snapshot older than the one we hold must not overwrite it.
    if (event.sequence <= (sequences.get(key) ?? 0)) return;
    sequences.set(key, event.sequence);
    processed.set(event.id, (processed.get(event.id) ?? 0) + 1); // your side effect goes here
  }

  return async (request) => {
    const url = new URL(request.url);
    if (options.inspect === true && request.method === 'GET' && url.pathname.startsWith('/__woes/')) {
      const [kind, a = '', b = ''] = url.pathname.slice('/__woes/'.length).split('/').map(decodeURIComponent);
      if (kind === 'events') return processed.has(a) ? json(200, { processed: processed.get(a) }) : json(404, { processed: 0 });
      if (kind === 'resources') return sequences.has(`${a}/${b}`) ? json(200, { sequence: sequences.get(`${a}/${b}`) }) : json(404, {});
      return json(404, {});
    }
    if (request.method !== 'POST') return json(405, { error: 'POST webhook deliveries here' });
    try {
      // The raw text, never a re-serialized object: the signature covers the exact bytes.
      const event = await webhook.verify(await request.text(), request.headers);
      if (seen.has(event.id)) return json(200, { received: true, duplicate: true });
      apply(event); // event types this code does not know still get a 2xx
      seen.add(event.id);
      return json(200, { received: true });
    } catch (error) {
      if (isWebhookVerificationError(error)) return json(400, { code: error.code, error: error.message });
      throw error;
    }
  };
}
