import { byType, envelope } from '../../../generated/validators/receiver.js';
import type { WebhookEventType } from '../../../generated/types.js';
import { typeOf, type EventCheck, type EventValidation } from './event-check.js';

const isKnownType = (type: unknown): type is WebhookEventType => typeof type === 'string' && Object.hasOwn(byType, type);

/**
 * Checks a parsed payload against the receiver schema of its `type`: unknown fields, open-enum
 * values and event types pass (an unknown type is checked against the envelope every event
 * shares). Stops at the first violation, as a receiver only needs to know it failed and where.
 */
export function checkEvent(value: unknown, mode?: 'receiver'): EventCheck {
  // JavaScript callers may still ask for strict mode here; say where it lives instead of
  // silently validating leniently.
  if ((mode as string | undefined) === 'strict') {
    throw new TypeError(
      "@woes/webhooks: strict validation has its own entry so receivers never bundle it: import { checkEventStrict } from '@woes/webhooks/strict'.",
    );
  }
  const type = typeOf(value);
  const known = isKnownType(type);
  const violation = known ? byType[type](value) : envelope(value);
  return violation === undefined ? { ok: true, known } : { ok: false, violations: [violation] };
}

/** Receiver-mode validation, the default of `Webhook` and `verify`. */
export const receiverValidation: EventValidation = { mode: 'receiver', check: (value) => checkEvent(value) };
