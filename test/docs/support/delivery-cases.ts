import { readFileSync } from 'node:fs';
import { DELIVERY } from '../../../generated/catalog.js';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';

/** One delivery as the signing vectors describe it (test/vectors/signing.json). */
export interface DeliveryCase {
  readonly name: string;
  readonly now: number;
  readonly headers: Record<string, string>;
  readonly secrets: readonly string[];
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly bodyRepeat?: { readonly unit: string; readonly count: number };
  readonly publicKeys?: readonly string[];
  readonly options?: Record<string, unknown>;
  readonly expect: { readonly ok?: true; readonly type?: string; readonly code?: string };
}

const vectors = JSON.parse(readFileSync('test/vectors/signing.json', 'utf8')) as { deliveries: DeliveryCase[] };

/**
 * The vectors the docs' snippets can judge: they verify `v1` with secrets and take no
 * verifier options (no public keys, no custom tolerance), as the snippets do.
 */
export const SECRET_VECTORS: readonly DeliveryCase[] = vectors.deliveries.filter((item) => item.publicKeys === undefined && item.options === undefined);

/** Every spec example as a delivery, signed with the example secret at its own timestamp. */
export const EXAMPLE_DELIVERIES: readonly DeliveryCase[] = Object.entries(EVENT_EXAMPLES).flatMap(([type, examples]) =>
  examples.map((example) => ({
    name: `${type}:${example.name}`,
    now: Number(example.headers['webhook-timestamp']),
    headers: { ...example.headers },
    secrets: [DELIVERY.signing.exampleSecret],
    body: JSON.stringify(example.payload),
    expect: { ok: true as const, type },
  })),
);

export function bodyBytes(item: DeliveryCase): Uint8Array {
  if (item.body !== undefined) return new TextEncoder().encode(item.body);
  if (item.bodyBase64 !== undefined) return Buffer.from(item.bodyBase64, 'base64');
  if (item.bodyRepeat !== undefined) return new TextEncoder().encode(item.bodyRepeat.unit.repeat(item.bodyRepeat.count));
  throw new Error(`vector ${item.name} has no body`);
}
