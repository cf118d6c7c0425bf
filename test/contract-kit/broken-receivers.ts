import { DELIVERY, Webhook, isWebhookVerificationError } from '../../src/runtime/index.js';
import type { FetchHandler } from '../../src/contract-kit/transport.js';

/** The mistakes real receivers make; each broken receiver has exactly one. */
export type Flaw =
  | 'accepts-anything'
  | 'ignores-timestamp'
  | 'fails-unknown-type'
  | 'rejects-redeliveries'
  | 'processes-duplicates-twice'
  | 'stale-update-wins'
  | 'verifies-reserialized-json'
  | 'buffers-whole-body'
  | 'tolerance-359s'
  | 'tolerance-240s';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The body up to the spec's limit, or 'too-large' as soon as it (or its content-length) passes it. */
async function readLimited(request: Request): Promise<string | 'too-large'> {
  if (Number(request.headers.get('content-length') ?? 0) > DELIVERY.limits.maxPayloadBytes) return 'too-large';
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > DELIVERY.limits.maxPayloadBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
}

/**
 * A receiver that is correct except for one flaw, with the inspection routes under /__woes.
 * `flaw: undefined` gives the correct receiver the flawed ones are measured against.
 */
export function flawedReceiver(secret: string, flaw: Flaw | undefined, knownTypes: readonly string[]): FetchHandler {
  // A window of its own: wider than the contract's 300 s (replays pass) or narrower (deliveries Woes retries are refused).
  const toleranceSeconds = flaw === 'tolerance-359s' ? 359 : flaw === 'tolerance-240s' ? 240 : undefined;
  const webhook = new Webhook(secret, { ignoreTimestamp: flaw === 'ignores-timestamp', ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }) });
  const processed = new Map<string, number>();
  const sequences = new Map<string, number>();
  return async (request) => {
    const url = new URL(request.url);
    if (request.method === 'GET') {
      const [, , kind, a = '', b = ''] = url.pathname.split('/').map(decodeURIComponent);
      if (kind === 'events' && processed.has(a)) return json(200, { processed: processed.get(a) });
      if (kind === 'resources' && sequences.has(`${a}/${b}`)) return json(200, { sequence: sequences.get(`${a}/${b}`) });
      return json(404, {});
    }
    // The flawed one reads whatever it is sent before looking at its size.
    const body = flaw === 'buffers-whole-body' ? await request.text() : await readLimited(request);
    if (body === 'too-large') return json(413, { code: 'body_too_large' });
    let event: { id: string; type: string; sequence: number; resource: { object: string; id: string } };
    try {
      if (flaw === 'accepts-anything') event = JSON.parse(body) as typeof event;
      // The flawed one verifies what a JSON body parser hands it, serialized again (express.json() and JSON.stringify(req.body)).
      else if (flaw === 'verifies-reserialized-json') event = await webhook.verify(JSON.stringify(JSON.parse(body)), request.headers);
      else event = await webhook.verify(body, request.headers);
    } catch (error) {
      return json(400, { code: isWebhookVerificationError(error) ? error.code : 'invalid' });
    }
    if (flaw === 'fails-unknown-type' && !knownTypes.includes(event.type)) return json(500, { error: `no handler for ${event.type}` });
    if (processed.has(event.id)) {
      if (flaw === 'rejects-redeliveries') return json(409, { error: 'already received' });
      if (flaw !== 'processes-duplicates-twice') return json(200, { duplicate: true });
    }
    const key = `${event.resource.object}/${event.resource.id}`;
    const newer = flaw === 'stale-update-wins' || event.sequence > (sequences.get(key) ?? 0);
    if (newer) sequences.set(key, event.sequence);
    // The flawed one also has a side effect no sequence guards (it sends a notification per delivery).
    const applied = newer || flaw === 'processes-duplicates-twice';
    processed.set(event.id, (processed.get(event.id) ?? 0) + (applied ? 1 : 0));
    return json(200, { received: true });
  };
}
