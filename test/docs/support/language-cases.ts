import { readFileSync } from 'node:fs';
import { DELIVERY } from '../../../generated/catalog.js';
import { bodyBytes, type DeliveryCase } from './delivery-cases.js';

/** Every delivery of the signing vectors, none left out (the snippets take public keys and options too). */
export const ALL_VECTORS: readonly DeliveryCase[] = (JSON.parse(readFileSync('test/vectors/signing.json', 'utf8')) as { deliveries: DeliveryCase[] })
  .deliveries;

const b64 = (value: string | Uint8Array): string => Buffer.from(value).toString('base64');
const list = (items: readonly string[]): string => (items.length === 0 ? '-' : items.map(b64).join(','));

/**
 * One case as a line the language runners parse without a JSON library (Java has none):
 * `now tolerance ignoreTimestamp secrets publicKeys headers body`, separated by single spaces.
 * Lists are `-` or comma-separated base64 items; a header item is base64 of "name\nvalue";
 * the body is base64 (empty for an empty body).
 */
export function caseLine(item: DeliveryCase): string {
  const tolerance = typeof item.options?.toleranceSeconds === 'number' ? item.options.toleranceSeconds : DELIVERY.signing.toleranceSeconds;
  const ignore = item.options?.ignoreTimestamp === true ? '1' : '0';
  const headers = Object.entries(item.headers).map(([name, value]) => `${name}\n${value}`);
  return [String(item.now), String(tolerance), ignore, list(item.secrets), list(item.publicKeys ?? []), list(headers), b64(bodyBytes(item))].join(' ');
}

/** What a runner prints per case: `ok <base64 type>`, `text <base64 verified text>` (Java), or `error <code>`. */
export type Verdict = { readonly ok: true; readonly type: string } | { readonly text: string } | { readonly code: string };

export function parseVerdict(line: string): Verdict {
  const [kind = '', value = ''] = line.split(' ');
  if (kind === 'ok') return { ok: true, type: Buffer.from(value, 'base64').toString('utf8') };
  if (kind === 'text') return { text: Buffer.from(value, 'base64').toString('utf8') };
  return { code: value };
}

/**
 * The verdict a verification snippet must reach on a vector. The snippets check signatures,
 * not schemas: a genuinely signed body that breaks the schema (even in strict mode) is accepted.
 */
export function expectedVerdict(item: DeliveryCase): { readonly accepted: true; readonly type?: string } | { readonly code: string } {
  if (item.expect.ok === true) return { accepted: true, ...(item.expect.type === undefined ? {} : { type: item.expect.type }) };
  if (item.expect.code === 'schema_violation') return { accepted: true };
  return { code: item.expect.code ?? '' };
}
