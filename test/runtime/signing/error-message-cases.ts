// What each error must say: the code, the evidence, and the words of the fix. Cases as data
// for error-messages.test.ts; `act` makes the mistake, the rest is what the receiver reads.
import { DELIVERY } from '../../../generated/catalog.js';
import { generateSecret, sign, validateEvent, verify, Webhook } from '../../../src/runtime/index.js';
import type { VerificationErrorCode } from '../../../src/runtime/index.js';
import { validateEventStrict } from '../../../src/runtime/strict.js';

export const SECRET = generateSecret();
const BODY = '{"object":"event"}';
const NOW = 1_782_669_601;
const TOLERANCE = DELIVERY.signing.toleranceSeconds;
const MAX = DELIVERY.limits.maxPayloadBytes;
const signed = (overrides: { timestamp?: number; body?: string } = {}) =>
  sign({ id: 'msg_1', timestamp: overrides.timestamp ?? NOW, body: overrides.body ?? BODY, secret: SECRET });
const at = (seconds: number) => ({ now: () => seconds * 1000 });

export interface ErrorMessageCase {
  readonly name: string;
  readonly act: () => Promise<unknown> | unknown;
  readonly code: VerificationErrorCode;
  /** Fragments the message must contain (the fix, the evidence). */
  readonly says: readonly string[];
  readonly fields?: Readonly<Record<string, unknown>>;
}

export const ERROR_MESSAGE_CASES: readonly ErrorMessageCase[] = [
  {
    name: 'a parsed object as body',
    act: async () => verify(JSON.parse(BODY) as string, await signed(), { secret: SECRET }),
    code: 'raw_body_required',
    says: ['Re-serializing', 'createFetchHandler', `express.raw({ type: 'application/json', limit: ${MAX} })`, 'docs.woes.dev/webhooks/frameworks'],
  },
  {
    name: 'a stringified object as body',
    act: async () => verify(String({}), await signed(), { secret: SECRET }),
    code: 'raw_body_required',
    says: ['[object Object]'],
  },
  { name: 'a trailing newline in the secret', act: () => new Webhook(`${SECRET}\n`), code: 'invalid_secret', says: ['whitespace', 'trim'] },
  { name: 'a secret without its prefix', act: () => new Webhook(SECRET.slice(6)), code: 'invalid_secret', says: ['must start with "whsec_"'] },
  { name: 'the second of two secrets is bad', act: () => new Webhook([SECRET, 'whsec_short']), code: 'invalid_secret', says: ['secret #2'] },
  { name: 'a public key where the secret goes', act: () => new Webhook('whpk_AAAA'), code: 'invalid_secret', says: ['publicKey'] },
  {
    name: 'an undefined secret (unset environment variable)',
    act: () => new Webhook(process.env.WOES_UNSET_FOR_TEST as string),
    code: 'invalid_secret',
    says: ['no key to verify with'],
  },
  {
    name: 'a stale delivery',
    act: async () => new Webhook(SECRET, at(NOW + 3600)).verify(BODY, await signed()),
    code: 'timestamp_too_old',
    says: ['3600 s in the past', `tolerance of ${TOLERANCE} s`, 'ignoreTimestamp'],
    fields: { skewSeconds: -3600, toleranceSeconds: TOLERANCE },
  },
  {
    name: 'a delivery from the future',
    act: async () => new Webhook(SECRET, at(NOW - 900)).verify(BODY, await signed()),
    code: 'timestamp_too_new',
    says: ['900 s in the future', 'clock'],
    fields: { skewSeconds: 900 },
  },
  {
    name: 'a re-serialized body',
    act: async () => new Webhook(SECRET, at(NOW)).verify(JSON.stringify(JSON.parse(BODY), null, 2), await signed()),
    code: 'no_matching_signature',
    says: ['parsed and re-serialized', 'raw bytes'],
  },
  {
    name: 'only a version the receiver does not check',
    act: async () => verify(BODY, { ...(await signed()), 'webhook-signature': 'v2,AAAA' }, { secret: SECRET, ...at(NOW) }),
    code: 'no_matching_signature',
    says: ['only v2 entries'],
  },
  {
    name: 'a clock in seconds',
    act: async () => new Webhook(SECRET, { now: () => NOW }).verify(BODY, await signed()),
    code: 'timestamp_too_new',
    says: ['must return milliseconds'],
  },
  {
    name: 'svix header names',
    act: () => verify(BODY, { 'svix-id': 'msg_1', 'svix-timestamp': String(NOW), 'svix-signature': 'v1,AAAA' }, { secret: SECRET }),
    code: 'missing_header',
    says: ['svix-*'],
    fields: { header: 'webhook-id' },
  },
  {
    name: 'a non-numeric timestamp',
    act: async () => verify(BODY, { ...(await signed()), 'webhook-timestamp': 'now' }, { secret: SECRET }),
    code: 'malformed_header',
    says: ['integer unix seconds', '"now"'],
    fields: { header: 'webhook-timestamp' },
  },
  { name: 'a schema violation', act: () => validateEvent({ object: 'event' }), code: 'schema_violation', says: ['/id', 'contract bug'] },
  {
    name: 'a strict-mode violation',
    act: () => validateEventStrict({ type: 'message.translated' }),
    code: 'schema_violation',
    says: ['/type', 'Strict mode'],
    fields: { path: '/type' },
  },
  {
    name: 'a secret of 8 MB (a file or a dump in the variable)',
    act: () => new Webhook(`whsec_${'A'.repeat(8 * 1024 * 1024)}`),
    code: 'invalid_secret',
    says: [`${8 * 1024 * 1024} characters`, 'at most 88', 'generateSecret()'],
  },
  {
    name: 'more v1a entries than a delivery carries',
    act: async () =>
      verify(BODY, { ...(await signed()), 'webhook-signature': Array.from({ length: 6 }, () => `v1a,${'A'.repeat(86)}==`).join(' ') }, { secret: SECRET }),
    code: 'malformed_header',
    says: ['more than 5 v1a entries', 'proxy'],
    fields: { header: 'webhook-signature' },
  },
  {
    name: 'a body over the limit',
    act: () => verify('x'.repeat(MAX + 1), {}, { secret: SECRET }),
    code: 'body_too_large',
    says: [`${MAX + 1} bytes`, `${MAX}`],
  },
  {
    name: 'a genuine signature over a body that is not JSON',
    act: async () => new Webhook(SECRET, at(NOW)).verify('not json', await signed({ body: 'not json' })),
    code: 'invalid_json',
    says: ['signature is valid', 'not JSON'],
  },
];
