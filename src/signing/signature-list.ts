import { DELIVERY_SIGNING } from '../../generated/catalog.js';
import { WebhookVerificationError } from './errors.js';

const HEADER = DELIVERY_SIGNING.headers.signature;
const V1 = DELIVERY_SIGNING.symmetric.version;
const V1A = DELIVERY_SIGNING.asymmetric.version;
const V1_PREFIX = `${V1},`;
const NONE: readonly string[] = Object.freeze([]);

/** The `webhook-signature` entries this library understands, by version. */
export interface SignatureList {
  readonly v1: readonly string[];
  readonly v1a: readonly string[];
  /** Versions seen but not understood (ignored, as the spec requires; named in errors). */
  readonly unknownVersions: readonly string[];
}

/**
 * Parses the space-separated `version,base64` list. Unknown versions are ignored (Standard
 * Webhooks: a receiver accepts when any entry it understands matches), but a header with no
 * `version,signature` entry at all is malformed.
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
  for (const entry of header.split(' ')) {
    if (entry === '') continue;
    const comma = entry.indexOf(',');
    if (comma <= 0 || comma === entry.length - 1) continue;
    entries++;
    const version = entry.slice(0, comma);
    const value = entry.slice(comma + 1);
    if (version === V1) v1.push(value);
    else if (version === V1A) v1a.push(value);
    else unknownVersions.push(version);
  }
  if (entries === 0) {
    const shape = header.trim() === '' ? 'is empty' : 'has no "version,base64" entry';
    throw new WebhookVerificationError('malformed_header', `${HEADER} ${shape}; it must be a space-separated list like "${V1},<base64>". Pass the header value unchanged.`, { header: HEADER });
  }
  return { v1, v1a, unknownVersions };
}
