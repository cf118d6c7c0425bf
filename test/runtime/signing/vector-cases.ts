// The delivery cases of test/vectors/signing.json, as data. build-vectors.ts computes the
// signatures (`signWith`) independently of the library and writes the JSON file.
import { DELIVERY } from '../../../generated/catalog.js';
import type { EVENT_EXAMPLES as Examples } from '../../../generated/examples.js';
import type { VerificationErrorCode } from '../../../src/runtime/signing/errors.js';

export interface Keys {
  readonly secretA: string;
  readonly secretB: string;
  readonly signingKeyA: string;
  readonly publicKeyA: string;
  readonly signingKeyB: string;
  readonly publicKeyB: string;
}

export type Expectation = { readonly ok: true; readonly type: string } | { readonly code: VerificationErrorCode; readonly path?: string };

export interface DeliveryCase {
  readonly name: string;
  readonly description: string;
  readonly secrets?: readonly string[];
  readonly publicKeys?: readonly string[];
  readonly options?: { readonly toleranceSeconds?: number; readonly ignoreTimestamp?: boolean; readonly strict?: boolean };
  readonly now: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly bodyRepeat?: { readonly unit: string; readonly count: number };
  /** Keys (whsec_ or whsk_) whose signatures fill `webhook-signature`. */
  readonly signWith?: readonly string[];
  /** Sign another message than the one sent, or wrap and mangle the header. */
  readonly signOver?: {
    readonly id?: string;
    readonly timestamp?: string;
    readonly body?: string;
    readonly before?: string;
    readonly after?: string;
    readonly mangle?: (signature: string) => string;
  };
  readonly expect: Expectation;
}

/** The most entries of one version a receiver checks; a header with more is refused (src/runtime/signing/signature-list.ts). */
export const MAX_ENTRIES_PER_VERSION = 5;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Sets a padding bit: the character before the "=" padding becomes the next one, which lenient decoders read as the same bytes. */
const alterTrailingBits = (signature: string): string => {
  const at = signature.replace(/=+$/, '').length - 1;
  return signature.slice(0, at) + BASE64.charAt(BASE64.indexOf(signature.charAt(at)) + 1) + signature.slice(at + 1);
};
/** `count` distinct, well-formed entries that match nothing: each still costs a full check. */
const junkEntries = (version: 'v1' | 'v1a', count: number): string =>
  Array.from({ length: count }, (_, index) => `${version},${Buffer.alloc(version === 'v1' ? 32 : 64, index + 1).toString('base64')}`).join(' ');

export function DELIVERY_CASES(keys: Keys, examples: typeof Examples): DeliveryCase[] {
  const example = examples['message.created'][0];
  if (!example) throw new Error('the spec lost its message.created example');
  const payload = example.payload;
  const id = payload.id;
  const ts = 1782669601;
  const body = JSON.stringify(payload);
  const headers = { 'webhook-id': id, 'webhook-timestamp': String(ts) };
  const bodiless = { now: ts, headers, secrets: [keys.secretA] };
  const base = { ...bodiless, body };
  const ok = { ok: true, type: 'message.created' } as const;
  const tolerance = DELIVERY.signing.toleranceSeconds;
  const maxBytes = DELIVERY.limits.maxPayloadBytes;
  const withPayload = (change: (copy: Record<string, unknown>) => void) => {
    const copy = structuredClone(payload) as unknown as Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy);
  };
  const data = (copy: Record<string, unknown>) => copy.data as Record<string, unknown>;
  const unicodeBody = withPayload((copy) => (data(copy).body = 'Ünïcödé ✓ 日本語 🎉 \u2028 "quoted" \\ back'));

  const positive: DeliveryCase[] = [
    { ...base, name: 'spec-example', description: 'The spec example delivery, headers exactly as sent.', headers: { ...example.headers }, expect: ok },
    { ...base, name: 'v1-single', description: 'One v1 signature, one secret.', signWith: [keys.secretA], expect: ok },
    {
      ...base,
      name: 'rotation-two-signatures-new-secret',
      description: 'During a rotation Woes signs with both secrets; the receiver already holds only the new one.',
      secrets: [keys.secretB],
      signWith: [keys.secretA, keys.secretB],
      expect: ok,
    },
    {
      ...base,
      name: 'rotation-two-secrets-old-signature',
      description: 'The receiver holds old and new secrets; the delivery is signed with the old only.',
      secrets: [keys.secretB, keys.secretA],
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'v1a-only',
      description: 'One ed25519 v1a signature, verified with the public key.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      expect: ok,
    },
    {
      ...base,
      name: 'v1a-rotation',
      description: 'Two v1a signatures; the receiver holds the second public key.',
      secrets: [],
      publicKeys: [keys.publicKeyB],
      signWith: [keys.signingKeyA, keys.signingKeyB],
      expect: ok,
    },
    {
      ...base,
      name: 'v1-and-v1a',
      description: 'Mixed list; a receiver holding only the public key ignores the v1 entry.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.secretB, keys.signingKeyA],
      expect: ok,
    },
    {
      ...base,
      name: 'unknown-version-ignored',
      description: 'Entries of unknown versions are ignored, the v1 entry matches.',
      signWith: [keys.secretA],
      signOver: { before: 'v2,bm90LWEtcmVhbC1zaWduYXR1cmU=', after: 'v0,abc' },
      expect: ok,
    },
    {
      ...base,
      name: 'extra-spaces',
      description: 'Repeated spaces between entries are tolerated.',
      signWith: [keys.secretA, keys.secretB],
      signOver: { mangle: (s) => `  ${s.replace(' ', '   ')} ` },
      expect: ok,
    },
    {
      ...base,
      name: 'unicode-body',
      description: 'Non-ASCII text, a line separator and escapes: the signature covers UTF-8 bytes.',
      body: unicodeBody,
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...bodiless,
      name: 'bytes-body',
      description: 'The same unicode body given as raw bytes.',
      bodyBase64: Buffer.from(unicodeBody).toString('base64'),
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'joined-header-lines',
      description: 'Two webhook-signature header lines joined by ", " (as Node\'s http module and Fetch Headers join them); the first entry matches.',
      signWith: [keys.secretA, keys.secretB],
      signOver: { mangle: (s) => s.replace(' ', ', ') },
      expect: ok,
    },
    {
      ...base,
      name: 'joined-header-lines-second-matches',
      description: 'Joined by ", "; only the second entry matches.',
      secrets: [keys.secretB],
      signWith: [keys.secretA, keys.secretB],
      signOver: { mangle: (s) => s.replace(' ', ', ') },
      expect: ok,
    },
    {
      ...base,
      name: 'joined-header-lines-v1a',
      description: 'A v1 line and a v1a line joined by ", "; the receiver checks v1a.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.secretB, keys.signingKeyA],
      signOver: { mangle: (s) => s.replace(' ', ', ') },
      expect: ok,
    },
    {
      ...base,
      name: 'v1a-entries-at-the-cap',
      description: `${MAX_ENTRIES_PER_VERSION} v1a entries, the most a receiver checks; the last one matches.`,
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      signOver: { before: junkEntries('v1a', MAX_ENTRIES_PER_VERSION - 1) },
      expect: ok,
    },
    {
      ...base,
      name: 'mixed-case-header-names',
      description: 'Header names are case-insensitive.',
      headers: { 'Webhook-Id': id, 'WEBHOOK-TIMESTAMP': String(ts) },
      signOver: { id, timestamp: String(ts) },
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'tolerance-edge-past',
      description: `Exactly the tolerance in the past is accepted.`,
      now: ts + tolerance,
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'tolerance-edge-future',
      description: 'Exactly the tolerance in the future is accepted.',
      now: ts - tolerance,
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'custom-tolerance',
      description: 'A wider tolerance (twice the default) accepts an older delivery.',
      now: ts + 2 * tolerance - 1,
      options: { toleranceSeconds: 2 * tolerance },
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'ignore-timestamp-replay',
      description: 'Replaying a stored delivery a year later with ignoreTimestamp.',
      now: ts + 31_536_000,
      options: { ignoreTimestamp: true },
      signWith: [keys.secretA],
      expect: ok,
    },
    {
      ...base,
      name: 'unknown-event-type',
      description: 'Forward compatibility: an event type this version does not know passes receiver mode.',
      body: withPayload((copy) => (copy.type = 'message.translated')),
      signWith: [keys.secretA],
      expect: { ok: true, type: 'message.translated' },
    },
    {
      ...base,
      name: 'unknown-field',
      description: 'Forward compatibility: unknown fields pass receiver mode.',
      body: withPayload((copy) => (data(copy).translatedBody = 'Bonjour')),
      signWith: [keys.secretA],
      expect: ok,
    },
  ];

  const negative: DeliveryCase[] = [
    {
      ...base,
      name: 'tampered-body',
      description: 'One character of the body changed after signing.',
      signWith: [keys.secretA],
      signOver: { body: body.replace('401', '402') },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'tampered-id',
      description: 'webhook-id changed after signing.',
      signWith: [keys.secretA],
      signOver: { id: `${id.slice(0, -1)}0` },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'tampered-timestamp',
      description: 'webhook-timestamp changed by one second after signing (still within tolerance).',
      signWith: [keys.secretA],
      signOver: { timestamp: String(ts - 1) },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'wrong-secret',
      description: 'Signed with another secret than the receiver holds.',
      signWith: [keys.secretB],
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'stale',
      description: 'One second beyond the tolerance in the past.',
      now: ts + tolerance + 1,
      signWith: [keys.secretA],
      expect: { code: 'timestamp_too_old' },
    },
    {
      ...base,
      name: 'future',
      description: 'One second beyond the tolerance in the future.',
      now: ts - tolerance - 1,
      signWith: [keys.secretA],
      expect: { code: 'timestamp_too_new' },
    },
    {
      ...base,
      name: 'timestamp-milliseconds',
      description: 'The timestamp was sent in milliseconds.',
      headers: { ...headers, 'webhook-timestamp': `${ts}000` },
      signWith: [keys.secretA],
      expect: { code: 'timestamp_too_new' },
    },
    {
      ...base,
      name: 'non-numeric-timestamp',
      description: 'webhook-timestamp is not a number.',
      headers: { ...headers, 'webhook-timestamp': 'yesterday' },
      signWith: [keys.secretA],
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'iso-timestamp',
      description: 'webhook-timestamp is an ISO date instead of unix seconds.',
      headers: { ...headers, 'webhook-timestamp': '2026-06-28T18:00:01Z' },
      signWith: [keys.secretA],
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'fractional-timestamp',
      description: 'webhook-timestamp has a fraction.',
      headers: { ...headers, 'webhook-timestamp': `${ts}.5` },
      signWith: [keys.secretA],
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'negative-timestamp',
      description: 'webhook-timestamp is negative.',
      headers: { ...headers, 'webhook-timestamp': '-1' },
      signWith: [keys.secretA],
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'missing-id',
      description: 'No webhook-id header.',
      headers: { 'webhook-timestamp': String(ts) },
      signOver: { id },
      signWith: [keys.secretA],
      expect: { code: 'missing_header' },
    },
    {
      ...base,
      name: 'missing-timestamp',
      description: 'No webhook-timestamp header.',
      headers: { 'webhook-id': id },
      signOver: { timestamp: String(ts) },
      signWith: [keys.secretA],
      expect: { code: 'missing_header' },
    },
    { ...base, name: 'missing-signature', description: 'No webhook-signature header.', expect: { code: 'missing_header' } },
    {
      ...base,
      name: 'svix-header-names',
      description: 'svix-* header names instead of the Standard Webhooks ones.',
      headers: { 'svix-id': id, 'svix-timestamp': String(ts), 'svix-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
      expect: { code: 'missing_header' },
    },
    {
      ...base,
      name: 'empty-signature-list',
      description: 'webhook-signature is present but empty.',
      headers: { ...headers, 'webhook-signature': '' },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'blank-signature-list',
      description: 'webhook-signature holds only spaces.',
      headers: { ...headers, 'webhook-signature': '   ' },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'signature-without-version',
      description: 'A bare base64 signature without "v1,".',
      signWith: [keys.secretA],
      signOver: { mangle: (s) => s.slice(3) },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'stripe-style-header',
      description: 'A Stripe-style "t=…,v1=<hex>" header.',
      headers: { ...headers, 'webhook-signature': 't=1782669601 v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd' },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'only-unknown-versions',
      description: 'Every entry has a version this library does not know.',
      headers: { ...headers, 'webhook-signature': 'v2,bm90LWEtcmVhbC1zaWduYXR1cmU= v9,YWJj' },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'truncated-base64',
      description: 'The v1 signature lost its last characters.',
      signWith: [keys.secretA],
      signOver: { mangle: (s) => s.slice(0, -4) },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'unpadded-base64',
      description: 'The v1 signature lost its "=" padding (not the canonical encoding).',
      signWith: [keys.secretA],
      signOver: { mangle: (s) => s.replace(/=+$/, '') },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'base64url-signature',
      description: 'The v1a signature in the base64url alphabet ("-" and "_"), not the standard base64 the spec names.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      signOver: { mangle: (s) => s.replaceAll('+', '-').replaceAll('/', '_') },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1-altered-trailing-bits',
      description: 'A padding bit of the v1 signature set: lenient decoders read the same bytes, but it is not the canonical encoding.',
      signWith: [keys.secretA],
      signOver: { mangle: alterTrailingBits },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1a-altered-trailing-bits',
      description: 'A padding bit of the v1a signature set (not the canonical encoding).',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      signOver: { mangle: alterTrailingBits },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1a-entries-over-the-cap',
      description: `${MAX_ENTRIES_PER_VERSION + 1} v1a entries, one more than a receiver checks: refused before any is checked, though the last one matches.`,
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      signOver: { before: junkEntries('v1a', MAX_ENTRIES_PER_VERSION) },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'v1-entries-over-the-cap',
      description: `${MAX_ENTRIES_PER_VERSION + 1} v1 entries: refused like v1a, though the last one matches.`,
      signWith: [keys.secretA],
      signOver: { before: junkEntries('v1', MAX_ENTRIES_PER_VERSION) },
      expect: { code: 'malformed_header' },
    },
    {
      ...base,
      name: 'signature-of-another-message',
      description: 'A genuine signature of another delivery (another id and body).',
      signWith: [keys.secretA],
      signOver: { id: 'msg_other', body: '{"type":"webhook.test"}' },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 're-serialized-json',
      description: 'The receiver parsed the body and re-serialized it with indentation before verifying.',
      body: JSON.stringify(payload, null, 2),
      signWith: [keys.secretA],
      signOver: { body },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1-only-but-public-key-held',
      description: 'Only a v1 entry while the receiver checks v1a.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.secretA],
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1a-wrong-public-key',
      description: 'A v1a signature by key A, verified with public key B.',
      secrets: [],
      publicKeys: [keys.publicKeyB],
      signWith: [keys.signingKeyA],
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'v1a-tampered-body',
      description: 'A v1a signature over another body.',
      secrets: [],
      publicKeys: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      signOver: { body: body.replace('401', '402') },
      expect: { code: 'no_matching_signature' },
    },
    {
      ...base,
      name: 'secret-trailing-newline',
      description: 'The secret has a trailing newline (from an .env file).',
      secrets: [`${keys.secretA}\n`],
      signWith: [keys.secretA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'secret-leading-space',
      description: 'The secret has a leading space.',
      secrets: [` ${keys.secretA}`],
      signWith: [keys.secretA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'secret-without-prefix',
      description: 'The secret lost its whsec_ prefix.',
      secrets: [keys.secretA.slice(6)],
      signWith: [keys.secretA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'secret-too-short',
      description: 'The secret decodes to 16 bytes, below the spec minimum.',
      secrets: ['whsec_AAAAAAAAAAAAAAAAAAAAAA=='],
      signWith: [keys.secretA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'secret-not-base64',
      description: 'The secret is not base64 after the prefix.',
      secrets: ['whsec_not*base64!at#all$but%long&enough'],
      signWith: [keys.secretA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'public-key-as-secret',
      description: 'A whpk_ public key passed as the secret.',
      secrets: [keys.publicKeyA],
      signWith: [keys.signingKeyA],
      expect: { code: 'invalid_secret' },
    },
    {
      ...base,
      name: 'public-key-wrong-length',
      description: 'The public key decodes to 31 bytes.',
      secrets: [],
      publicKeys: ['whpk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
      signWith: [keys.signingKeyA],
      expect: { code: 'invalid_key' },
    },
    {
      ...bodiless,
      name: 'body-too-large',
      description: 'One byte over the spec limit; rejected before hashing.',
      bodyRepeat: { unit: 'a', count: maxBytes + 1 },
      signWith: [keys.secretA],
      expect: { code: 'body_too_large' },
    },
    {
      ...base,
      name: 'invalid-json',
      description: 'A genuine signature over a body that is not JSON.',
      body: body.slice(0, -1),
      signWith: [keys.secretA],
      expect: { code: 'invalid_json' },
    },
    {
      ...base,
      name: 'empty-body',
      description: 'A genuine signature over an empty body.',
      body: '',
      signWith: [keys.secretA],
      expect: { code: 'invalid_json' },
    },
    {
      ...bodiless,
      name: 'invalid-utf8',
      description: 'A genuine signature over bytes that are not UTF-8.',
      bodyBase64: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('base64'),
      signWith: [keys.secretA],
      expect: { code: 'invalid_json' },
    },
    {
      ...base,
      name: 'known-answer-not-an-event',
      description: 'The Standard Webhooks known-answer delivery: the signature matches, but it is not a Woes event.',
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: '{"test": 2432232314}',
      now: 1614265330,
      expect: { code: 'schema_violation', path: '/object' },
    },
    {
      ...base,
      name: 'schema-violation',
      description: 'A genuine signature over an event whose sequence is a string.',
      body: withPayload((copy) => (copy.sequence = 'one')),
      signWith: [keys.secretA],
      expect: { code: 'schema_violation', path: '/sequence' },
    },
    {
      ...base,
      name: 'strict-unknown-field',
      description: "Strict mode (producers' tests) rejects a field the spec does not define.",
      options: { strict: true },
      body: withPayload((copy) => (data(copy).translatedBody = 'Bonjour')),
      signWith: [keys.secretA],
      expect: { code: 'schema_violation', path: '/data' },
    },
  ];
  return [...positive, ...negative];
}

/** A signing known answer: `sign` with these keys must produce exactly the header built from them. */
export interface SigningCase {
  readonly name: string;
  readonly description: string;
  readonly id: string;
  readonly timestamp: number;
  readonly body?: string;
  readonly bodyBase64?: string;
  /** whsec_ and whsk_ keys, in the order their entries appear. */
  readonly keys: readonly string[];
}

export function SIGNING_CASES(keys: Keys): SigningCase[] {
  const id = 'msg_2xq9Bv8Lr0TmW4kY7cZ3nE1a';
  const timestamp = 1_782_669_601;
  return [
    { name: 'empty-body', description: 'An empty body: the signed content is "id.timestamp." alone.', id, timestamp, body: '', keys: [keys.secretA] },
    {
      name: 'unicode-body',
      description: 'Multi-byte UTF-8: the HMAC covers the UTF-8 bytes, not UTF-16 code units.',
      id,
      timestamp,
      body: '{"text":"Ünïcödé ✓ 日本語 🎉"}',
      keys: [keys.secretA],
    },
    {
      name: 'bytes-body',
      description: 'A body given as raw bytes (not valid UTF-8): signed byte for byte.',
      id,
      timestamp,
      bodyBase64: 'e/////8=',
      keys: [keys.secretA],
    },
    {
      name: 'whitespace-body',
      description: 'Leading and trailing whitespace and CRLF are part of the body.',
      id,
      timestamp,
      body: ' \r\n{"a": 1}\n ',
      keys: [keys.secretB],
    },
    {
      name: 'rotation',
      description: 'Two secrets: two v1 entries, in key order, separated by one space.',
      id,
      timestamp,
      body: '{"a":1}',
      keys: [keys.secretA, keys.secretB],
    },
    { name: 'v1a', description: 'An ed25519 signature (deterministic, RFC 8032).', id, timestamp, body: '{"a":1}', keys: [keys.signingKeyA] },
    {
      name: 'v1-and-v1a',
      description: 'A secret and a signing key: the v1 entry, then the v1a entry.',
      id,
      timestamp,
      body: '{"a":1}',
      keys: [keys.secretB, keys.signingKeyB],
    },
  ];
}
