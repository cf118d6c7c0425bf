// Requests every adapter must answer the same way, as data: what is sent, the status and
// the `{ "code" }` body expected. `delivery` is a fresh signed delivery of a spec example.
import { DELIVERY } from '../../../generated/catalog.js';
import type { TestDelivery } from '../../../src/runtime/index.js';

export interface SentRequest {
  readonly method?: string;
  readonly body?: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface AdapterCase {
  readonly name: string;
  /** Sign the delivery at this unix time instead of now. */
  readonly signedAt?: number;
  readonly request: (delivery: TestDelivery<'conversation.resolved'>) => SentRequest;
  readonly status: number;
  /** `undefined`: an empty body (success). */
  readonly code?: string;
}

const without = (headers: Readonly<Record<string, string>>, name: string) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
const stale = Math.floor(Date.now() / 1000) - DELIVERY.signing.toleranceSeconds - 60;

export const ADAPTER_CASES: readonly AdapterCase[] = [
  { name: 'a genuine delivery', request: (d) => ({ body: d.body, headers: d.headers }), status: 204 },
  { name: 'a tampered body', request: (d) => ({ body: d.body.replace('"solved"', '"open"'), headers: d.headers }), status: 401, code: 'no_matching_signature' },
  {
    name: 'a re-indented body',
    request: (d) => ({ body: JSON.stringify(JSON.parse(d.body), null, 2), headers: d.headers }),
    status: 401,
    code: 'no_matching_signature',
  },
  {
    name: 'no webhook-signature header',
    request: (d) => ({ body: d.body, headers: without(d.headers, 'webhook-signature') }),
    status: 401,
    code: 'missing_header',
  },
  {
    name: 'a non-numeric timestamp',
    request: (d) => ({ body: d.body, headers: { ...d.headers, 'webhook-timestamp': 'soon' } }),
    status: 401,
    code: 'malformed_header',
  },
  {
    name: 'a changed timestamp',
    request: (d) => ({ body: d.body, headers: { ...d.headers, 'webhook-timestamp': String(stale) } }),
    status: 401,
    code: 'no_matching_signature',
  },
  { name: 'a genuine but stale delivery', signedAt: stale, request: (d) => ({ body: d.body, headers: d.headers }), status: 401, code: 'timestamp_too_old' },
  { name: 'a GET', request: (d) => ({ method: 'GET', headers: d.headers }), status: 405, code: 'method_not_allowed' },
  {
    name: 'a body over the limit',
    request: (d) => ({ body: 'x'.repeat(DELIVERY.limits.maxPayloadBytes + 1), headers: d.headers }),
    status: 413,
    code: 'body_too_large',
  },
];
