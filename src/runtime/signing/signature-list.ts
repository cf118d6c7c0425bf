import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_HEADERS, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import { WebhookVerificationError } from './errors.js';

const HEADER = DELIVERY_SIGNING_HEADERS.signature;
const V1 = DELIVERY_SIGNING_SYMMETRIC.version;
const V1A = DELIVERY_SIGNING_ASYMMETRIC.version;
const V1_PREFIX = `${V1},`;
const NONE: readonly string[] = Object.freeze([]);

/**
 * The most entries of one version a delivery may carry. Woes signs with one key per version
 * and with two during a rotation; a proxy that repeats the header line doubles that to four.
 * Each `v1a` entry costs an ed25519 verification per public key held, so the cap bounds that
 * work: a header with more is refused as `malformed_header` before any signature is checked,
 * rather than checked in part (which entries to skip would be a guess). `sign` refuses to
 * produce more.
 */
export const MAX_ENTRIES_PER_VERSION = 5;

/** The `webhook-signature` entries this library understands, by version. */
export interface SignatureList {
  readonly v1: readonly string[];
  readonly v1a: readonly string[];
  /** Versions seen but not understood (ignored, as the spec requires): the first few distinct ones, to name in errors. */
  readonly unknownVersions: readonly string[];
}

function tooMany(version: string): WebhookVerificationError {
  return new WebhookVerificationError(
    'malformed_header',
    `${HEADER} has more than ${MAX_ENTRIES_PER_VERSION} ${version} entries, and Woes sends one per key: none was checked. Look for a proxy that repeats the header.`,
    { header: HEADER },
  );
}

/**
 * Parses the `version,base64` list. Entries are separated by spaces (Standard Webhooks) or by
 * ", ": Node's http module and Fetch `Headers` join repeated header lines that way, and
 * base64 never contains a comma, so a trailing one on an entry is a separator. Unknown
 * versions are ignored (a receiver accepts when any entry it understands matches), but a
 * header with no `version,signature` entry at all is malformed, and so is one with more than
 * MAX_ENTRIES_PER_VERSION entries of a version.
 */
export function parseSignatureList(header: string): SignatureList {
  // The common delivery carries one v1 entry: skip the split and the loop.
  if (header.startsWith(V1_PREFIX) && header.length > V1_PREFIX.length && !header.includes(' ') && header.indexOf(',', V1_PREFIX.length) === -1) {
    return { v1: [header.slice(V1_PREFIX.length)], v1a: NONE, unknownVersions: NONE };
  }
  const v1: string[] = [];
  const v1a: string[] = [];
  const unknownVersions: string[] = [];
  let entries = 0;
  for (const token of header.split(' ')) {
    const comma = token.indexOf(',');
    // "v1,abc=," is an entry followed by the ", " of a joined header line.
    const entry = token.endsWith(',') && comma < token.length - 1 ? token.slice(0, -1) : token;
    if (comma <= 0 || comma === entry.length - 1) continue;
    entries++;
    const version = entry.slice(0, comma);
    const value = entry.slice(comma + 1);
    if (version === V1) {
      if (v1.push(value) > MAX_ENTRIES_PER_VERSION) throw tooMany(V1);
    } else if (version === V1A) {
      if (v1a.push(value) > MAX_ENTRIES_PER_VERSION) throw tooMany(V1A);
    } else if (unknownVersions.length < MAX_ENTRIES_PER_VERSION) {
      // Kept only to name them in an error: a few, shortened, so a hostile header cannot grow the message.
      const shown = version.length > 16 ? `${version.slice(0, 16)}…` : version;
      if (!unknownVersions.includes(shown)) unknownVersions.push(shown);
    }
  }
  if (entries === 0) {
    const shape = header.trim() === '' ? 'is empty' : 'has no "version,base64" entry';
    throw new WebhookVerificationError(
      'malformed_header',
      `${HEADER} ${shape}; it must be a space-separated list like "${V1},<base64>". Pass the header value unchanged.`,
      { header: HEADER },
    );
  }
  return { v1, v1a, unknownVersions };
}
