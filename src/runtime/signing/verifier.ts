import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_HEADERS, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import type { ReceivedEvent } from '../../../generated/types.js';
import type { VerifyBackend, Ed25519Verifier, HmacSigner, SignedContent } from './crypto-backend.js';
import { base64Length } from './base64.js';
import { WebhookVerificationError } from './errors.js';
import { checkRawBody } from './raw-body.js';
import { signedBytes } from './signed-content.js';
import { readDeliveryHeaders, type HeaderBag } from './read-headers.js';
import { parseSignatureList, type SignatureList } from './signature-list.js';
import { checkTolerance, parseTimestamp } from './timestamp.js';

const HMAC_BYTES = 32; // SHA-256
const ED25519_SIGNATURE_BYTES = 64;
const SIGNATURE_HEADER = DELIVERY_SIGNING_HEADERS.signature;
const V1 = DELIVERY_SIGNING_SYMMETRIC.version;
const V1A = DELIVERY_SIGNING_ASYMMETRIC.version;

/** Everything a verification needs, prepared once (keys imported, options resolved). */
export interface PreparedVerifier {
  readonly backend: VerifyBackend;
  readonly hmacKeys: readonly HmacSigner[];
  readonly publicKeys: readonly Ed25519Verifier[];
  readonly toleranceSeconds: number;
  readonly now: () => number;
  readonly ignoreTimestamp: boolean;
  /**
   * Validates the parsed payload (throwing `schema_violation`); `undefined` in the verify-only
   * entry. A function, so this module bundles neither validators nor their error wording.
   */
  readonly validate: ((value: unknown) => ReceivedEvent) | undefined;
}

/** The entries that encode exactly `byteLength` bytes, decoded once (strictly: see `isCanonicalBase64`), not once per key. */
function decodeEntries(backend: VerifyBackend, entries: readonly string[], byteLength: number): Uint8Array[] {
  const encodedLength = base64Length(byteLength);
  const decoded: Uint8Array[] = [];
  for (const entry of entries) {
    if (entry.length !== encodedLength) continue;
    const bytes = backend.decodeSignature(entry);
    if (bytes.byteLength === byteLength) decoded.push(bytes);
  }
  return decoded;
}

function matchesV1(backend: VerifyBackend, expected: Uint8Array, signatures: readonly Uint8Array[]): boolean {
  for (const signature of signatures) if (backend.equal(expected, signature)) return true;
  return false;
}

/**
 * Whether any entry matches any key. Synchronous when the backend is (node:crypto), so the
 * hot path allocates no promise per key; Web Crypto results are awaited together. The work
 * is bounded: at most MAX_ENTRIES_PER_VERSION entries per version reach this point, one HMAC
 * per secret, and for `v1a` one copy of the signed content shared by every entry and key.
 */
function anyMatches(verifier: PreparedVerifier, list: SignatureList, content: SignedContent): boolean | Promise<boolean> {
  const { backend } = verifier;
  const pending: Promise<boolean>[] = [];
  if (list.v1.length > 0 && verifier.hmacKeys.length > 0) {
    const signatures = decodeEntries(backend, list.v1, HMAC_BYTES);
    if (signatures.length > 0) {
      for (const key of verifier.hmacKeys) {
        const digest = key.digest(content);
        if (digest instanceof Promise) pending.push(digest.then((bytes) => matchesV1(backend, bytes, signatures)));
        else if (matchesV1(backend, digest, signatures)) return true;
      }
    }
  }
  if (list.v1a.length > 0 && verifier.publicKeys.length > 0) {
    const signatures = decodeEntries(backend, list.v1a, ED25519_SIGNATURE_BYTES);
    if (signatures.length > 0) {
      const bytes = signedBytes(content);
      for (const signature of signatures) {
        for (const key of verifier.publicKeys) {
          const valid = key.verify(bytes, signature);
          if (valid instanceof Promise) pending.push(valid);
          else if (valid) return true;
        }
      }
    }
  }
  return pending.length === 0 ? false : Promise.all(pending).then((results) => results.includes(true));
}

function noMatch(verifier: PreparedVerifier, list: SignatureList): WebhookVerificationError {
  const checked: string[] = [...(verifier.hmacKeys.length > 0 ? [V1] : []), ...(verifier.publicKeys.length > 0 ? [V1A] : [])];
  const seen = [...new Set([...(list.v1.length > 0 ? [V1] : []), ...(list.v1a.length > 0 ? [V1A] : []), ...list.unknownVersions])];
  const cause = seen.some((version) => checked.includes(version))
    ? "Likely: the body was parsed and re-serialized (pass the raw bytes as received), the secret is another endpoint's or was rotated (pass both during a rotation), or a proxy rewrote the body."
    : `The header has only ${seen.join(', ')} entries and this receiver checks ${checked.join(' and ')}: configure the matching secret (${V1}) or public key (${V1A}).`;
  return new WebhookVerificationError('no_matching_signature', `no signature in ${SIGNATURE_HEADER} matches this body. ${cause}`, { header: SIGNATURE_HEADER });
}

function parseJson(verifier: PreparedVerifier, body: string | Uint8Array): unknown {
  const text = typeof body === 'string' ? body : verifier.backend.decodeUtf8(body);
  if (text === undefined)
    throw new WebhookVerificationError('invalid_json', 'the body is not valid UTF-8. Pass the bytes as received, without re-encoding them.');
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WebhookVerificationError('invalid_json', `the signature is valid but the body is not JSON (${reason}). Check for a proxy that rewrites bodies.`);
  }
}

interface Received {
  readonly timestamp: number;
  readonly list: SignatureList;
  readonly body: string | Uint8Array;
}

/** After the signature: the timestamp, then JSON, then the schema. */
function accept(verifier: PreparedVerifier, matched: boolean, received: Received): ReceivedEvent {
  if (!matched) throw noMatch(verifier, received.list);
  if (!verifier.ignoreTimestamp) checkTolerance(received.timestamp, verifier.now(), verifier.toleranceSeconds);
  const event = parseJson(verifier, received.body);
  return verifier.validate === undefined ? (event as ReceivedEvent) : verifier.validate(event);
}

/**
 * Standard Webhooks v1/v1a verification, in the order that fails cheapest first: body kind
 * and size (before hashing), headers, signature, timestamp, JSON, schema. The signature is
 * checked before the timestamp so a timestamp error always describes an authentic delivery.
 * Not an async function: on node:crypto the whole check runs synchronously and only the
 * result is wrapped in a promise (the benchmark's hot path).
 */
export function verifyDelivery(verifier: PreparedVerifier, body: unknown, headers: HeaderBag): Promise<ReceivedEvent> {
  try {
    checkRawBody(body, verifier.backend);
    const fields = readDeliveryHeaders(headers);
    const received: Received = { timestamp: parseTimestamp(fields.timestamp), list: parseSignatureList(fields.signature), body };
    const matched = anyMatches(verifier, received.list, { prefix: `${fields.id}.${fields.timestamp}.`, body });
    if (typeof matched === 'boolean') return Promise.resolve(accept(verifier, matched, received));
    return matched.then((result) => accept(verifier, result, received));
  } catch (error) {
    return Promise.reject(error);
  }
}
