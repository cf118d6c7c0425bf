import { concatBytes } from './concat-bytes.js';
import type { SignedContent } from './crypto-backend.js';

const encoder = new TextEncoder();

/**
 * The signed content `${id}.${timestamp}.${body}` as one byte string, for ed25519, which
 * takes its message whole. Built once per delivery and shared by every `v1a` entry and key:
 * a copy of the body per entry made junk entries cost a body-sized allocation each.
 * TextEncoder writes a lone surrogate as U+FFFD, as Buffer and node:crypto's HMAC do.
 */
export const signedBytes = (content: SignedContent): Uint8Array<ArrayBuffer> =>
  concatBytes(encoder.encode(content.prefix), typeof content.body === 'string' ? encoder.encode(content.body) : content.body);
