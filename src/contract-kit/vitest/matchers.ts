import { checkEvent, type ValidationMode } from '../../runtime/validation/check-event.js';
import { isWebhookVerificationError, verify, type HeaderBag, type VerifyOptions } from '../../runtime/index.js';

/** What a vitest (or jest) matcher returns. `this` is not needed: messages say both ways. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** A delivery to check: a Fetch `Request`, or its parts (e.g. what a capture endpoint recorded). */
export type DeliveryLike = Request | { readonly headers: HeaderBag; readonly body: string | Uint8Array };

const typeOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);

/**
 * `expect(event).toMatchWoesEvent('conversation.created')`: the event is of that type and
 * valid for it. Strict by default (producers' tests: nothing the spec does not define);
 * `{ mode: 'receiver' }` checks what a forward-compatible receiver accepts.
 */
export function toMatchWoesEvent(received: unknown, type?: string, options: { mode?: ValidationMode } = {}): MatcherResult {
  const mode = options.mode ?? 'strict';
  const actualType = typeOf(received);
  if (type !== undefined && actualType !== type) {
    return { pass: false, message: () => `expected a ${type} event, got type ${JSON.stringify(actualType)}` };
  }
  const result = checkEvent(received, mode);
  if (result.ok) return { pass: true, message: () => `expected the value not to be a valid ${String(actualType)} event (${mode}), but it is` };
  const lines = result.violations.map((violation) => `  ${violation.path || '/'}: ${violation.message}`);
  return { pass: false, message: () => `expected a valid ${String(actualType)} event (${mode}):\n${lines.join('\n')}` };
}

/**
 * `await expect(request).toBeSignedWoesDelivery(secret)`: the delivery's headers carry a valid,
 * fresh signature of its exact body with that secret (or one of several), and the body is a
 * valid event. Fails with the verification error code.
 */
export async function toBeSignedWoesDelivery(received: DeliveryLike, secret: string | readonly string[], options: VerifyOptions = {}): Promise<MatcherResult> {
  const body = received instanceof Request ? await received.clone().text() : received.body;
  try {
    await verify(body, received.headers, { ...options, secret });
    return { pass: true, message: () => 'expected the delivery not to be signed with that secret, but it verifies' };
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    return { pass: false, message: () => `expected a signed Woes delivery, but verification failed with ${error.code}: ${error.message}` };
  }
}

/** Pass to `expect.extend(woesMatchers)`. */
export const woesMatchers = { toMatchWoesEvent, toBeSignedWoesDelivery };
