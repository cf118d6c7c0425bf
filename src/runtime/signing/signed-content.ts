import type { SignedContent } from './crypto-backend.js';

const encoder = new TextEncoder();

/**
 * The signed content `${id}.${timestamp}.${body}` as one byte string, for ed25519, which
 * takes its message whole. Built once per delivery and shared by every `v1a` entry and key:
 * a copy of the body per entry made junk entries cost a body-sized allocation each.
 * TextEncoder writes a lone surrogate as U+FFFD, as Buffer and node:crypto's HMAC do.
 */
export function signedBytes(content: SignedContent): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(content.prefix);
  const body = typeof content.body === 'string' ? encoder.encode(content.body) : content.body;
  const bytes = new Uint8Array(prefix.byteLength + body.byteLength);
  bytes.set(prefix, 0);
  bytes.set(body, prefix.byteLength);
  return bytes;
}
