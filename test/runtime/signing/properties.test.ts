import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';
import { generateSecret, sign, Webhook, WebhookVerificationError } from '../../../src/runtime/index.js';

const secret = generateSecret();
const webhook = new Webhook(secret, { ignoreTimestamp: true });
const payload = EVENT_EXAMPLES['issue.created'][0]?.payload;
const body = new TextEncoder().encode(JSON.stringify(payload));
const id = payload?.id ?? 'msg_property';
const timestamp = 1782669601;
const headers = await sign({ id, timestamp, body, secret });

/** The rejection of a promise, or the string 'verified' when it resolved. */
const outcome = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'verified',
    (error: unknown) => error,
  );

/** A different value for one position of a string, as a printable ASCII character. */
const changedChar = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 0x20, max: 0x7e }))
    .filter(([index, code]) => text.charCodeAt(index) !== code)
    .map(([index, code]) => text.slice(0, index) + String.fromCharCode(code) + text.slice(index + 1));

describe('property: any single change to what was signed is rejected', () => {
  it('the unchanged delivery verifies (so the properties below are not vacuous)', async () => {
    expect((await webhook.verify(body, headers)).type).toBe('issue.created');
  });

  it('any single-byte change to the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: body.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, delta) => {
        const changed = body.slice();
        changed[index] = ((changed[index] ?? 0) + delta) % 256;
        const error = await outcome(webhook.verify(changed, headers));
        expect(error).toBeInstanceOf(WebhookVerificationError);
        expect((error as WebhookVerificationError).code).toBe('no_matching_signature');
      }),
      { numRuns: 300 },
    );
  });

  it('any single-character change to the id', async () => {
    await fc.assert(
      fc.asyncProperty(changedChar(id), async (changedId) => {
        const error = await outcome(webhook.verify(body, { ...headers, 'webhook-id': changedId }));
        expect((error as WebhookVerificationError).code).toBe('no_matching_signature');
      }),
      { numRuns: 200 },
    );
  });

  it('any single-character change to the timestamp', async () => {
    const text = String(timestamp);
    await fc.assert(
      fc.asyncProperty(changedChar(text), async (changedTimestamp) => {
        const error = await outcome(webhook.verify(body, { ...headers, 'webhook-timestamp': changedTimestamp }));
        expect(error).toBeInstanceOf(WebhookVerificationError);
        // A digit becomes another digit (a different signed message) or a non-digit (not a timestamp).
        expect((error as WebhookVerificationError).code).toBe(/^[0-9]+$/.test(changedTimestamp) ? 'no_matching_signature' : 'malformed_header');
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: arbitrary input never throws anything but WebhookVerificationError', () => {
  const headerValue = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined), fc.anything());
  const signatureLike = fc.oneof(
    headerValue,
    fc
      .array(fc.tuple(fc.constantFrom('v1', 'v1a', 'v2', ''), fc.base64String()), { maxLength: 4 })
      .map((entries) => entries.map((entry) => entry.join(',')).join(' ')),
  );
  const headerBag = fc.record(
    { 'webhook-id': headerValue, 'webhook-timestamp': fc.oneof(headerValue, fc.integer().map(String)), 'webhook-signature': signatureLike, other: headerValue },
    { requiredKeys: [] },
  );
  const anyBody = fc.oneof(fc.string(), fc.uint8Array({ maxLength: 256 }), fc.anything());

  it('for any headers and body', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, fc.oneof(headerBag, fc.anything()), async (anyBodyValue, anyHeaders) => {
        const error = await outcome(new Webhook(secret).verify(anyBodyValue as Uint8Array, anyHeaders as Record<string, string>));
        expect(error).toBeInstanceOf(WebhookVerificationError);
      }),
      { numRuns: 1000 },
    );
  });

  it('for any secret passed to the constructor', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((text) => `whsec_${text}`),
          fc.anything(),
        ),
        (anySecret) => {
          try {
            new Webhook(anySecret as string);
          } catch (error) {
            expect(error).toBeInstanceOf(WebhookVerificationError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
