import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import { base64Length, decodeBase64 } from './base64.js';
import { WebhookVerificationError } from './errors.js';

const { secretPrefix, secretMinBytes, secretMaxBytes } = DELIVERY_SIGNING_SYMMETRIC;
const { signingKeyPrefix, publicKeyPrefix } = DELIVERY_SIGNING_ASYMMETRIC;
const PREFIXES = [secretPrefix, signingKeyPrefix, publicKeyPrefix] as const;
const ED25519_KEY_BYTES = 32;

type KeyKind = 'secret' | 'signing key' | 'public key';

/** Per kind: its prefix, its size in bytes (fewest, most) and the fix every error of that kind ends with. */
const KINDS: Record<KeyKind, readonly [prefix: string, min: number, max: number, fix: string]> = {
  secret: [secretPrefix, secretMinBytes, secretMaxBytes, 'Copy it again from the Woes dashboard, or make one with generateSecret().'],
  'signing key': [signingKeyPrefix, ED25519_KEY_BYTES, ED25519_KEY_BYTES, 'Copy it again, or make a pair with generateKeyPair().'],
  'public key': [publicKeyPrefix, ED25519_KEY_BYTES, ED25519_KEY_BYTES, 'Copy it again, or make a pair with generateKeyPair().'],
};
const LINE_BREAK_ALLOWANCE = 8;

/** Describes a value without echoing it: a failure never reveals a secret. */
function whatItLooksLike(value: string): string {
  const other = PREFIXES.find((prefix) => value.startsWith(prefix));
  return other ? `it starts with "${other}"` : `it is ${value.length} characters and has no known prefix`;
}

/** What is wrong with a key, or its bytes. Never mentions the value itself. */
function diagnose(kind: KeyKind, value: unknown): string | Uint8Array {
  const [prefix, min, max] = KINDS[kind];
  if (typeof value !== 'string')
    return `must be a string starting with "${prefix}", got ${value === null ? 'null' : typeof value} (is its environment variable set?)`;
  if (value.trim() !== value) return 'has whitespace around it (a newline from an .env file?): trim it, e.g. `process.env.WOES_WEBHOOK_SECRET.trim()`';
  if (!value.startsWith(prefix)) {
    const hint = kind === 'secret' && value.startsWith(publicKeyPrefix) ? ` (a ${publicKeyPrefix} public key goes in the \`publicKey\` option)` : '';
    return `must start with "${prefix}", but ${whatItLooksLike(value)}${hint}`;
  }
  const encoded = value.slice(prefix.length);
  // Length before content, so nothing below scans or decodes megabytes. The allowance keeps the
  // clearer "line break" message for a key that was wrapped; the decoded length is checked exactly below.
  const longest = base64Length(max);
  if (encoded.length > longest + LINE_BREAK_ALLOWANCE)
    return `is ${encoded.length} characters after "${prefix}", at most ${longest} in one key (a file or a list?)`;
  if (/\s/.test(encoded)) return 'contains whitespace (a line break from wrapping?): paste it as one line';
  const bytes = decodeBase64(encoded);
  if (!bytes) return `is not valid base64 after "${prefix}" (truncated or altered?)`;
  if (bytes.byteLength < min || bytes.byteLength > max) return `decodes to ${bytes.byteLength} bytes, not ${min === max ? min : `${min}–${max}`}`;
  return bytes;
}

/** `whsec_…` / `whsk_…` / `whpk_…` to its bytes, or a precise error that never contains the value. */
function decodeOne(kind: KeyKind, value: unknown, index: number, total: number): Uint8Array {
  const result = diagnose(kind, value);
  if (typeof result !== 'string') return result;
  const which = total > 1 ? ` #${index + 1}` : '';
  throw new WebhookVerificationError(kind === 'secret' ? 'invalid_secret' : 'invalid_key', `the ${kind}${which} ${result}. ${KINDS[kind][3]}`);
}

/** One key or a rotation list of them, as `option` was given. */
export function decodeKeys(kind: KeyKind, option: string | readonly string[] | undefined): Uint8Array[] {
  if (option === undefined) return [];
  const list: readonly unknown[] = Array.isArray(option) ? option : [option];
  return list.map((value, index) => decodeOne(kind, value, index, list.length));
}

/** Throws when neither a secret nor a public key was given. */
export function requireSomeKey(secrets: readonly Uint8Array[], publicKeys: readonly Uint8Array[], purpose: 'verify' | 'sign'): void {
  if (secrets.length > 0 || publicKeys.length > 0) return;
  const other = purpose === 'verify' ? `publicKey\` (${publicKeyPrefix}` : `signingKey\` (${signingKeyPrefix}`;
  throw new WebhookVerificationError(
    'invalid_secret',
    `no key to ${purpose} with: pass \`secret\` (${secretPrefix}…) or \`${other}…). An empty list is not a key.`,
  );
}
