import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_HEADERS, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import { defaultBackend, type CryptoBackend } from './crypto-backend.js';
import { WebhookVerificationError } from './errors.js';
import { decodeKeys, requireSomeKey } from './keys.js';
import { checkRawBody, type RawBody } from './raw-body.js';
import { MAX_ENTRIES_PER_VERSION } from './signature-list.js';

const NAMES = DELIVERY_SIGNING_HEADERS;
const symmetric = DELIVERY_SIGNING_SYMMETRIC;
const asymmetric = DELIVERY_SIGNING_ASYMMETRIC;

/**
 * The three headers a signed delivery carries. A type alias, not an interface, so it is
 * assignable to `HeaderBag`'s record type: `verify(body, await sign(...), ...)` type-checks.
 */
export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

export interface SignInput {
  /** The message id (`webhook-id`, equal to the payload's `id`). */
  readonly id: string;
  /** Unix seconds of this attempt. */
  readonly timestamp: number;
  /** The exact bytes that will be sent. */
  readonly body: RawBody;
  /** `whsec_…` secrets: one `v1` entry each (several during a rotation). */
  readonly secret?: string | readonly string[];
  /** `whsk_…` ed25519 signing keys: one `v1a` entry each. */
  readonly signingKey?: string | readonly string[];
}

/**
 * A header value's visible characters (HTTP's VCHAR, `!` to `~`) without `.`: the spec forbids
 * "." (it separates the parts of the signed content), whitespace would split it, and a control
 * or non-ASCII character is not a header value at all (Node refuses to send one with a bare
 * TypeError, other stacks mangle it). What Woes sends is a UUID.
 */
const ID_GRAMMAR = /^[!-\-/-~]+$/;

/** The id as shown in a message: quoted and escaped, and cut short, since it may be a flood. */
const shownId = (id: unknown): string => {
  const text = JSON.stringify(id) ?? String(id);
  const chars = [...text];
  return chars.length > 80 ? `${chars.slice(0, 77).join('')}…" (${typeof id === 'string' ? id.length : chars.length} characters)` : text;
};

function checkIdAndTimestamp(id: unknown, timestamp: unknown): asserts id is string {
  if (typeof id !== 'string' || !ID_GRAMMAR.test(id)) {
    throw new WebhookVerificationError(
      'malformed_header',
      `${NAMES.id} must be a non-empty string of visible ASCII characters (no ".", whitespace or control characters), got ${shownId(id)}. Woes ids are UUIDs: use crypto.randomUUID().`,
      { header: NAMES.id },
    );
  }
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new WebhookVerificationError(
      'malformed_header',
      `${NAMES.timestamp} must be integer unix seconds, got ${String(timestamp)}. Use Math.floor(Date.now() / 1000).`,
      { header: NAMES.timestamp },
    );
  }
}

/** Receivers refuse a header with more entries of one version than MAX_ENTRIES_PER_VERSION: never produce one. */
function checkEntryCount(option: string | readonly string[] | undefined, kind: 'secret' | 'signingKey'): void {
  const count = Array.isArray(option) ? option.length : 0;
  if (count <= MAX_ENTRIES_PER_VERSION) return;
  const [code, version] = kind === 'secret' ? (['invalid_secret', symmetric.version] as const) : (['invalid_key', asymmetric.version] as const);
  throw new WebhookVerificationError(
    code,
    `${count} keys in \`${kind}\` would make ${count} ${version} entries; receivers refuse more than ${MAX_ENTRIES_PER_VERSION} per version. Sign with the current key and, during a rotation, the previous one.`,
  );
}

/** @internal `sign` on a given crypto backend. */
export async function signWith(backend: CryptoBackend, input: SignInput): Promise<SignedHeaders> {
  checkIdAndTimestamp(input.id, input.timestamp);
  checkRawBody(input.body, backend);
  checkEntryCount(input.secret, 'secret');
  checkEntryCount(input.signingKey, 'signingKey');
  const secrets = decodeKeys('secret', input.secret);
  const seeds = decodeKeys('signing key', input.signingKey);
  requireSomeKey(secrets, seeds, 'sign');
  const content = { prefix: `${input.id}.${input.timestamp}.`, body: input.body };
  const entries: string[] = [];
  for (const secret of secrets) entries.push(`${symmetric.version},${backend.encodeBase64(await backend.prepareHmac(secret).digest(content))}`);
  for (const seed of seeds) entries.push(`${asymmetric.version},${backend.encodeBase64(await backend.prepareEd25519Private(seed).sign(content))}`);
  return { [NAMES.id]: input.id, [NAMES.timestamp]: String(input.timestamp), [NAMES.signature]: entries.join(' ') };
}

/**
 * Signs a body as Woes does (Standard Webhooks): `v1` HMAC-SHA256 per secret, `v1a` ed25519
 * per signing key, over `${id}.${timestamp}.${body}`. Returns the three headers to send.
 */
export function sign(input: SignInput): Promise<SignedHeaders> {
  return signWith(defaultBackend, input);
}
