/**
 * @woes/webhooks/vitest: matchers for producers' and receivers' unit tests.
 *
 *   import { expect } from 'vitest';
 *   import { woesMatchers } from '@woes/webhooks/vitest';
 *   expect.extend(woesMatchers);
 *
 *   expect(event).toMatchWoesEvent('conversation.created');
 *   await expect(request).toBeSignedWoesDelivery(secret);
 *
 * Nothing here imports vitest at runtime; the declarations below only add the matchers' types.
 */
// Type-only: makes 'vitest' resolvable for the augmentation below; erased from the emitted JS.
import type {} from 'vitest';
import type { ValidationMode } from '../runtime/validation/check-event.js';
import type { VerifyOptions } from '../runtime/signing/index.js';

export { toBeSignedWoesDelivery, toMatchWoesEvent, woesMatchers, type DeliveryLike, type MatcherResult } from './vitest/matchers.js';

interface WoesMatchers<R = unknown> {
  /** The value is a valid event of `type` (strict by default; `{ mode: 'receiver' }` for forward-compatible checks). */
  toMatchWoesEvent(type?: string, options?: { mode?: ValidationMode }): R;
  /** The delivery (a `Request` or `{ headers, body }`) carries a valid signature of its body with `secret`. Await it. */
  toBeSignedWoesDelivery(secret: string | readonly string[], options?: VerifyOptions): Promise<R>;
}

declare module 'vitest' {
  // Vitest's own declaration is `Matchers<T = any>`; a merged declaration must repeat it.
  interface Matchers<T> extends WoesMatchers<T> {}
}
