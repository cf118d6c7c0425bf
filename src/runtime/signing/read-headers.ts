import { DELIVERY_SIGNING_HEADERS } from '../../../generated/catalog.js';
import { WebhookVerificationError } from './errors.js';

/** Fetch `Headers`, or a plain object such as Node's `IncomingHttpHeaders`. */
export type HeaderBag = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

const NAMES = DELIVERY_SIGNING_HEADERS;

/** The three signing headers as received, not yet parsed. */
export interface DeliveryHeaders {
  readonly id: string;
  readonly timestamp: string;
  readonly signature: string;
}

const isFetchHeaders = (headers: HeaderBag): headers is Headers => typeof (headers as { get?: unknown }).get === 'function';

/** Node lowercases header names; hand-built objects may not, so fall back to a case-blind scan. */
function fromRecord(headers: Readonly<Record<string, string | readonly string[] | undefined>>, name: string): string | undefined {
  let value = headers[name];
  if (value === undefined) {
    const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
    value = key === undefined ? undefined : headers[key];
  }
  if (value === undefined || typeof value === 'string') return value;
  if (!Array.isArray(value)) throw new WebhookVerificationError('malformed_header', `${name} must be a string, got ${typeof value}.`, { header: name });
  // A repeated header: only the signature list may be split across lines (RFC 9110 §5.3).
  if (value.length === 1 || name === NAMES.signature) return value.join(' ');
  throw new WebhookVerificationError('malformed_header', `${name} was sent ${value.length} times, not once: check for a proxy that duplicates headers.`, {
    header: name,
  });
}

function missing(headers: HeaderBag, name: string): WebhookVerificationError {
  const names: string[] = [];
  if (isFetchHeaders(headers)) headers.forEach((_value, key) => names.push(key));
  else names.push(...Object.keys(headers));
  let hint = 'Pass the request headers unchanged (`req.headers`, `request.headers`); check that no proxy strips them.';
  if (names.some((key) => key.toLowerCase().startsWith('svix-')))
    hint = 'The request has svix-* headers; this library reads the Standard Webhooks names (webhook-*).';
  else if (names.length === 0) hint = 'The headers object is empty: pass the request headers.';
  return new WebhookVerificationError('missing_header', `the ${name} header is missing. ${hint}`, { header: name });
}

/** Reads the three signing headers, by the names the spec's x-woes-delivery block gives. */
export function readDeliveryHeaders(headers: HeaderBag): DeliveryHeaders {
  if (typeof headers !== 'object' || headers === null) {
    throw new WebhookVerificationError('missing_header', `headers must be a Headers or a plain object, got ${headers === null ? 'null' : typeof headers}.`, {
      header: NAMES.id,
    });
  }
  const get = isFetchHeaders(headers) ? (name: string) => headers.get(name) ?? undefined : (name: string) => fromRecord(headers, name);
  const id = get(NAMES.id);
  if (id === undefined) throw missing(headers, NAMES.id);
  const timestamp = get(NAMES.timestamp);
  if (timestamp === undefined) throw missing(headers, NAMES.timestamp);
  const signature = get(NAMES.signature);
  if (signature === undefined) throw missing(headers, NAMES.signature);
  return { id, timestamp, signature };
}
