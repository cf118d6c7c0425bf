import { DELIVERY_LIMITS_MAX_PAYLOAD_BYTES } from '../../../generated/catalog.js';
import type { VerifyBackend } from './crypto-backend.js';
import { WebhookVerificationError } from './errors.js';

/** The exact bytes of a request body: a string or a Uint8Array (Node's Buffer is one). */
export type RawBody = string | Uint8Array;

const MAX_BYTES = DELIVERY_LIMITS_MAX_PAYLOAD_BYTES;

/**
 * The fix for a body that is not the raw bytes. Every way of reading it that it names stops at
 * the spec's limit, as the adapters do: `request.text()` or `c.req.text()` would buffer
 * whatever a sender streams.
 */
export const RAW_BODY_HELP =
  `Re-serializing JSON changes the bytes, so no signature matches: pass the raw body, read up to ${MAX_BYTES} bytes, as ` +
  `createFetchHandler and createNodeMiddleware do (Express: \`express.raw({ type: 'application/json', limit: ${MAX_BYTES} })\`; ` +
  'others: https://docs.woes.dev/webhooks/frameworks).';

function describe(body: unknown): string {
  if (body === null) return 'null';
  if (typeof body !== 'object') return typeof body;
  if (body instanceof ArrayBuffer) return 'an ArrayBuffer (wrap it: new Uint8Array(buffer))';
  return `an object (${Object.getPrototypeOf(body) === Object.prototype ? 'already parsed JSON?' : (body.constructor?.name ?? 'unknown class')})`;
}

/**
 * Throws `raw_body_required` for anything but a string or Uint8Array, and for the string
 * "[object Object]" (an object that went through String()); `body_too_large` above the
 * spec's limit. Runs before any hashing or parsing.
 */
export function checkRawBody(body: unknown, backend: VerifyBackend): asserts body is RawBody {
  if (typeof body === 'string') {
    if (body === '[object Object]')
      throw new WebhookVerificationError(
        'raw_body_required',
        `the body is the string "[object Object]": an object was converted to a string. ${RAW_BODY_HELP}`,
      );
    // UTF-8 takes 1–3 bytes per UTF-16 code unit (a surrogate pair, two units, takes 4), so
    // `length` bounds the byte length from below and `3 * length` from above. Past the limit by
    // length alone, the error says "at least": measuring 100 MB only to refuse it cost 300 ms.
    // Only a string of MAX/3 to MAX units is measured, and that is at most MAX units.
    if (body.length > MAX_BYTES) throw tooLarge(body.length, 'at least ');
    if (body.length * 3 > MAX_BYTES) {
      const bytes = backend.utf8ByteLength(body);
      if (bytes > MAX_BYTES) throw tooLarge(bytes, '');
    }
    return;
  }
  if (body instanceof Uint8Array) {
    if (body.byteLength > MAX_BYTES) throw tooLarge(body.byteLength, '');
    return;
  }
  throw new WebhookVerificationError(
    'raw_body_required',
    `the body must be the raw request body (string or Uint8Array/Buffer), got ${describe(body)}. ${RAW_BODY_HELP}`,
  );
}

const tooLarge = (bytes: number, atLeast: 'at least ' | '') =>
  new WebhookVerificationError(
    'body_too_large',
    `the body is ${atLeast}${bytes} bytes, and Woes sends at most ${MAX_BYTES}: not a Woes delivery, or something wrapped or concatenated it.`,
  );
