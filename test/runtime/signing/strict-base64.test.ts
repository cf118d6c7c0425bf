import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, isCanonicalBase64 } from '../../../src/runtime/signing/base64.js';
import { BACKENDS } from './counting-backend.js';

// One reading of base64 on both crypto backends: what node:crypto accepts, Web Crypto
// accepts, byte for byte. The reference: a text is canonical when Buffer re-encodes the
// bytes it decodes to exactly that text (standard alphabet, padded, zero trailing bits).
const canonical = (text: string) => text !== '' && Buffer.from(text, 'base64').toString('base64') === text;
const SIGNATURE = Buffer.alloc(32, 0x3e).toString('base64'); // 'Pj4+…Pj4=' has a "+" to turn into "-"

const CASES: readonly (readonly [string, string, boolean])[] = [
  ['a canonical 32-byte signature', SIGNATURE, true],
  ['a canonical 64-byte signature', Buffer.alloc(64, 0xfb).toString('base64'), true],
  ['base64url alphabet', SIGNATURE.replaceAll('+', '-'), false],
  ['base64url with "_"', Buffer.alloc(32, 0xff).toString('base64').replaceAll('/', '_'), false],
  ['a trailing bit set before "="', `${SIGNATURE.slice(0, -2)}5=`, false],
  ['a trailing bit set before "=="', `${Buffer.alloc(64, 0).toString('base64').slice(0, -3)}B==`, false],
  ['no padding', SIGNATURE.slice(0, -1), false],
  ['too much padding', `${SIGNATURE.slice(0, -1)}==`, false],
  ['padding in the middle', `AA==${SIGNATURE}`, false],
  ['a space inside', `${SIGNATURE.slice(0, 10)} ${SIGNATURE.slice(11)}`, false],
  ['a line break at the end', `${SIGNATURE}\n`, false],
  ['a non-alphabet character', `${SIGNATURE.slice(0, -2)}*=`, false],
  ['non-ASCII', `${SIGNATURE.slice(0, -2)}é=`, false],
  ['empty', '', false],
];

describe('isCanonicalBase64 and the backends decode the same texts', () => {
  it.each(CASES.map(([name, text, valid]) => [name, text, valid] as const))('%s', (_name, text, valid) => {
    expect(isCanonicalBase64(text) && text !== '').toBe(valid);
    expect(canonical(text)).toBe(valid);
    for (const [, backend] of BACKENDS) {
      const bytes = backend.decodeSignature(text);
      if (valid) expect(Buffer.from(bytes).toString('base64')).toBe(text);
      else expect(bytes.byteLength).toBe(0);
    }
  });

  it('property: node:crypto and Web Crypto agree with each other and with the reference on any text', () => {
    const alphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= '.split(''));
    // Mostly lengths a signature has (44, 88) and their neighbours, so canonical texts come up often.
    const nearCanonical = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 66 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 66 }), fc.nat(), alphabet).map(([bytes, at, char]) => {
        const text = Buffer.from(bytes).toString('base64');
        const index = at % text.length;
        return text.slice(0, index) + char + text.slice(index + 1);
      }),
      fc.string({ unit: alphabet, maxLength: 92 }),
    );
    fc.assert(
      fc.property(nearCanonical, (text) => {
        const [node, web] = BACKENDS.map(([, backend]) => Buffer.from(backend.decodeSignature(text)).toString('hex'));
        expect(node).toBe(web);
        expect(node !== '').toBe(canonical(text));
        expect(decodeBase64(text) !== undefined && text !== '').toBe(canonical(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks megabytes of input without exhausting the regex stack', () => {
    const huge = 'A'.repeat(8 * 1024 * 1024);
    expect(isCanonicalBase64(huge)).toBe(true);
    expect(isCanonicalBase64(`${huge}*`)).toBe(false);
    expect(decodeBase64(`${huge.slice(4)}AA==`)?.byteLength).toBe((huge.length / 4) * 3 - 2);
  });
});
