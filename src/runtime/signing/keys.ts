import { DELIVERY_SIGNING_ASYMMETRIC, DELIVERY_SIGNING_SYMMETRIC } from '../../../generated/catalog.js';
import { base64Length, decodeBase64 } from './base64.js';
import { WebhookVerificationError } from './errors.js';

const { secretPrefix, secretMinBytes, secretMaxBytes } = DELIVERY_SIGNING_SYMMETRIC;
const { signingKeyPrefix, publicKeyPrefix } = DELIVERY_SIGNING_ASYMMETRIC;
const PREFIXES = [secretPrefix, signingKeyPrefix, publicKeyPrefix] as const;
const ED25519_KEY_BYTES = 32;

type KeyKind = 'secret' | 'signing key' | 'public key';
/** The longest text after the prefix a valid key of each kind encodes to. */
const MAX_ENCODED: Record<KeyKind, number> = {
  secret: base64Length(secretMaxBytes),
  'signing key': base64Length(ED25519_KEY_BYTES),
  'public key': base64Length(ED25519_KEY_BYTES),
};
const LINE_BREAK_ALLOWANCE = 8;
const PREFIX_OF: Record<KeyKind, string> = { secret: secretPrefix, 'signing key': signingKeyPrefix, 'public key': publicKeyPrefix };
const OPTION_OF: Record<KeyKind, string> = { secret: 'secret', 'signing key': 'signingKey', 'public key': 'publicKey' };

/** Describes a value without echoing it: a failure never reveals a secret. */
function whatItLooksLike(value: string): string {
  const other = PREFIXES.find((prefix) => value.startsWith(prefix));
  return other ? `it starts with "${other}"` : `it is ${value.length} characters and has no known prefix`;
}

function keyError(kind: KeyKind, index: number, total: number, problem: string): WebhookVerificationError {
  const which = total > 1 ? ` #${index + 1}` : '';
  return new WebhookVerificationError(kind === 'secret' ? 'invalid_secret' : 'invalid_key', `the ${kind}${which} ${problem}`);
}

/** `whsec_…` / `whsk_…` / `whpk_…` to its bytes, or a precise error that never contains the value. */
function decodeOne(kind: KeyKind, value: unknown, index: number, total: number): Uint8Array {
  const prefix = PREFIX_OF[kind];
  if (typeof value !== 'string')
    throw keyError(
      kind,
      index,
      total,
      `must be a string starting with "${prefix}", got ${value === null ? 'null' : typeof value}. Check that the environment variable holding it is set.`,
    );
  if (value.trim() !== value) {
    throw keyError(
      kind,
      index,
      total,
      'has whitespace around it (a trailing newline or space from an .env file or a copy-paste). Trim it, e.g. `process.env.WOES_WEBHOOK_SECRET.trim()`.',
    );
  }
  if (!value.startsWith(prefix)) {
    const hint = kind === 'secret' && value.startsWith(publicKeyPrefix) ? ` A ${publicKeyPrefix} public key goes in the \`publicKey\` option.` : '';
    throw keyError(kind, index, total, `must start with "${prefix}", but ${whatItLooksLike(value)}. Copy the whole value from the Woes dashboard.${hint}`);
  }
  const encoded = value.slice(prefix.length);
  // Length before content, so nothing below scans or decodes megabytes. The allowance keeps the
  // clearer "line break" message for a key that was wrapped; the decoded length is checked exactly below.
  if (encoded.length > MAX_ENCODED[kind] + LINE_BREAK_ALLOWANCE) {
    const fix = kind === 'secret' ? 'make one with generateSecret()' : 'make a pair with generateKeyPair()';
    throw keyError(
      kind,
      index,
      total,
      `is ${encoded.length} characters after "${prefix}"; a ${kind} is at most ${MAX_ENCODED[kind]} (base64 of ${kind === 'secret' ? secretMaxBytes : ED25519_KEY_BYTES} bytes). Check that the variable holds the key alone, not a file or several keys; copy it again, or ${fix}.`,
    );
  }
  if (/\s/.test(encoded)) throw keyError(kind, index, total, 'contains whitespace (a line break from wrapping?). Paste it as one line.');
  const bytes = decodeBase64(encoded);
  if (!bytes) throw keyError(kind, index, total, `is not valid base64 after "${prefix}" (truncated or altered?). Copy the whole value again.`);
  if (kind === 'secret' && (bytes.byteLength < secretMinBytes || bytes.byteLength > secretMaxBytes)) {
    throw keyError(
      kind,
      index,
      total,
      `decodes to ${bytes.byteLength} bytes; a ${prefix} secret holds ${secretMinBytes}–${secretMaxBytes}. Copy the whole value, or make one with generateSecret().`,
    );
  }
  if (kind !== 'secret' && bytes.byteLength !== ED25519_KEY_BYTES) {
    throw keyError(kind, index, total, `decodes to ${bytes.byteLength} bytes; an ed25519 ${kind} is ${ED25519_KEY_BYTES}. Make a pair with generateKeyPair().`);
  }
  return bytes;
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
  const options =
    purpose === 'verify'
      ? `\`${OPTION_OF.secret}\` (${secretPrefix}…) or \`${OPTION_OF['public key']}\` (${publicKeyPrefix}…)`
      : `\`${OPTION_OF.secret}\` (${secretPrefix}…) or \`${OPTION_OF['signing key']}\` (${signingKeyPrefix}…)`;
  throw new WebhookVerificationError('invalid_secret', `no key to ${purpose} with: pass ${options}. An empty list is not a key.`);
}
