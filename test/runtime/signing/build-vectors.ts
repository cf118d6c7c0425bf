// Builds test/vectors/signing.json: `npx tsx test/runtime/signing/build-vectors.ts` (the vectors
// suite fails when the committed file differs from what this produces).
//
// Signatures here are computed with node:crypto directly, not with src/runtime/signing, so the
// vectors check the library instead of repeating it. Keys are derived from fixed labels
// and ed25519 is deterministic, so the output is byte-for-byte reproducible.
import { createHash, createHmac, createPrivateKey, createPublicKey, sign as edSign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DELIVERY } from '../../../generated/catalog.js';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';
import { DELIVERY_CASES, MAX_ENTRIES_PER_VERSION, SIGNING_CASES, type DeliveryCase, type Keys, type SigningCase } from './vector-cases.js';

const sha256 = (label: string) => createHash('sha256').update(label).digest();
const { symmetric, asymmetric } = DELIVERY.signing;

/** Fixed test keys: the Standard Webhooks test secret, a second secret, two ed25519 pairs. */
function edPair(label: string) {
  const seed = sha256(label);
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const publicKey = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x ?? '', 'base64url');
  return {
    privateKey,
    signingKey: asymmetric.signingKeyPrefix + seed.toString('base64'),
    publicKey: asymmetric.publicKeyPrefix + publicKey.toString('base64'),
  };
}
const ED_A = edPair('woes signing vectors: ed25519 key A');
const ED_B = edPair('woes signing vectors: ed25519 key B');
export const KEYS: Keys = {
  secretA: DELIVERY.signing.exampleSecret,
  secretB: symmetric.secretPrefix + sha256('woes signing vectors: secret B').toString('base64'),
  signingKeyA: ED_A.signingKey,
  publicKeyA: ED_A.publicKey,
  signingKeyB: ED_B.signingKey,
  publicKeyB: ED_B.publicKey,
};
const PRIVATE = { [ED_A.signingKey]: ED_A.privateKey, [ED_B.signingKey]: ED_B.privateKey };

function v1(secret: string, content: Buffer): string {
  const key = Buffer.from(secret.slice(symmetric.secretPrefix.length), 'base64');
  return `${symmetric.version},${createHmac('sha256', key).update(content).digest('base64')}`;
}
function v1a(signingKey: string, content: Buffer): string {
  const key = PRIVATE[signingKey];
  if (!key) throw new Error(`unknown signing key ${signingKey}`);
  return `${asymmetric.version},${edSign(null, content, key).toString('base64')}`;
}

const bodyBytes = (c: DeliveryCase): Buffer =>
  c.bodyBase64 !== undefined
    ? Buffer.from(c.bodyBase64, 'base64')
    : c.bodyRepeat
      ? Buffer.from(c.bodyRepeat.unit.repeat(c.bodyRepeat.count))
      : Buffer.from(c.body ?? '');

/** Fills in `webhook-signature` from `signWith` (over `signOver` when the case signs another message). */
function complete(c: DeliveryCase) {
  const { signWith, signOver, ...rest } = c;
  if (!signWith) return rest;
  // Listed for accepted deliveries whose header is exactly what signing with these keys produces.
  const signedWith = signOver || !('ok' in c.expect) ? {} : { signedWith: signWith };
  const id = signOver?.id ?? c.headers['webhook-id'] ?? '';
  const timestamp = signOver?.timestamp ?? c.headers['webhook-timestamp'] ?? '';
  const body = signOver?.body !== undefined ? Buffer.from(signOver.body) : bodyBytes(c);
  const content = Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body]);
  const entries = signWith.map((key) => (key.startsWith(symmetric.secretPrefix) ? v1(key, content) : v1a(key, content)));
  const signature = [signOver?.before, ...entries, signOver?.after].filter((part) => part !== undefined).join(' ');
  const mangled = signOver?.mangle ? signOver.mangle(signature) : signature;
  if (signOver?.mangle && mangled === signature) throw new Error(`${c.name}: mangle left the header unchanged; pick another body or mangle`);
  return { ...rest, ...signedWith, headers: { ...c.headers, 'webhook-signature': mangled } };
}

/** A signing case with the header every implementation must produce. */
function signature(c: SigningCase) {
  const body = c.bodyBase64 !== undefined ? Buffer.from(c.bodyBase64, 'base64') : Buffer.from(c.body ?? '');
  const content = Buffer.concat([Buffer.from(`${c.id}.${c.timestamp}.`), body]);
  return { ...c, signature: c.keys.map((key) => (key.startsWith(symmetric.secretPrefix) ? v1(key, content) : v1a(key, content))).join(' ') };
}

// Readers of the JSON see what a case is before its data.
const KEY_ORDER = ['name', 'description', 'secrets', 'publicKeys', 'options', 'now', 'headers', 'body', 'bodyBase64', 'bodyRepeat', 'signedWith', 'expect'];
const ordered = (entry: Record<string, unknown>) => Object.fromEntries(KEY_ORDER.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));

export function buildVectors(): string {
  const deliveries = DELIVERY_CASES(KEYS, EVENT_EXAMPLES).map((c) => ordered(complete(c)));
  const vectors = {
    $comment:
      'Generated by test/runtime/signing/build-vectors.ts from test/runtime/signing/vector-cases.ts. Do not edit: change the cases and rerun `npx tsx test/runtime/signing/build-vectors.ts`.',
    description:
      'Signing and verification vectors for Woes webhooks (Standard Webhooks v1 HMAC-SHA256, v1a ed25519). For implementations in any language: verify each delivery with the given keys, clock and options, and compare with `expect`.',
    format: {
      signedContent: DELIVERY.signing.signedContent,
      keys: 'secrets (whsec_) verify v1; publicKeys (whpk_) verify v1a; signingKeys (whsk_, ed25519 32-byte seed) are listed for producers. `signedWith` (when present) lists the whsec_/whsk_ keys whose signatures, in that order, make up webhook-signature exactly: a check for signing implementations.',
      body: 'exactly one of `body` (UTF-8 string), `bodyBase64` (raw bytes) or `bodyRepeat` ({unit, count}: unit repeated count times).',
      now: 'the receiver clock, unix seconds.',
      options: 'toleranceSeconds (default the spec tolerance), ignoreTimestamp, strict (reject unknown types, fields and enum values).',
      expect: '{ "ok": true, "type": <event type> } or { "code": <error code> }; `path` is the JSON pointer of a schema violation.',
      signatures: 'signing known answers: signing `id`, `timestamp` and the body with `keys` (whsec_ → v1, whsk_ → v1a, in order) gives exactly `signature`.',
      headers: 'exactly as received; a missing header is absent; names may differ in case.',
      signatureList:
        'webhook-signature entries are separated by spaces, or by ", " (two header lines joined, as Node and Fetch Headers do). Each signature is canonical, padded, standard-alphabet base64; any other encoding of the same bytes does not match. A header with more than `maxEntriesPerVersion` entries of one version is malformed_header, refused before any signature is checked.',
    },
    toleranceSeconds: DELIVERY.signing.toleranceSeconds,
    maxEntriesPerVersion: MAX_ENTRIES_PER_VERSION,
    maxPayloadBytes: DELIVERY.limits.maxPayloadBytes,
    keys: KEYS,
    knownAnswer: {
      name: 'Standard Webhooks known-answer vector',
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
      signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    },
    signatures: SIGNING_CASES(KEYS).map(signature),
    deliveries,
  };
  return `${JSON.stringify(vectors, null, 2)}\n`;
}

export const VECTORS_PATH = fileURLToPath(new URL('../../vectors/signing.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(VECTORS_PATH, buildVectors());
  console.log(`wrote ${VECTORS_PATH}`);
}
