// Strict base64 (RFC 4648 §4, standard alphabet, padded), the one reading of "base64" for
// keys, secrets and received signatures on every crypto backend. Lenient decoders disagree:
// Buffer accepts the base64url alphabet, missing padding and non-zero trailing bits, atob
// only some of these, so each backend would accept a different set of headers.

// A single character class under `*`: V8 runs it as a loop, so megabytes of input cannot
// exhaust the regex stack the way a repeated group (`(?:[…]{4})*`) does.
const DATA = /^[A-Za-z0-9+/]*$/;

/** The padded length of `bytes` bytes in base64: 4 characters per 3 bytes, rounded up. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/**
 * Whether `text` is the canonical encoding of some bytes: standard alphabet, padded to a
 * multiple of 4, and zero bits after the last byte (RFC 4648 §3.5), so that exactly one
 * text decodes to each byte string. Linear in the length, no allocation beyond one slice.
 */
export function isCanonicalBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const data = padding === 0 ? text : text.slice(0, -padding);
  if (!DATA.test(data)) return false;
  if (padding === 0) return true;
  // The last character carries 2 (one "=") or 4 ("==") bits beyond the final byte: they must be
  // zero, which leaves the characters whose alphabet index is a multiple of 4 (or of 16).
  return (padding === 2 ? /[AQgw]/ : /[AEIMQUYcgkosw048]/).test(data.charAt(data.length - 1));
}

/** Decodes canonical base64 (see `isCanonicalBase64`); `undefined` for anything else. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!isCanonicalBase64(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Encodes bytes as standard, padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64url (JWK's `d` and `x`) to standard base64 bytes. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  const standard = text.replaceAll('-', '+').replaceAll('_', '/');
  return decodeBase64(standard + '='.repeat((4 - (standard.length % 4)) % 4));
}
