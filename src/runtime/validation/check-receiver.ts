import { byType, envelope } from '../../../generated/validators/receiver.js';
import type { ReceiverValidator } from '../../../generated/validators/validator-types.js';
import { typeOf, type EventCheck, type EventValidation } from './event-check.js';

/** The validators by type, in a Map: one lookup per event, and nothing from Object.prototype. */
const VALIDATORS: ReadonlyMap<unknown, ReceiverValidator> = /* @__PURE__ */ new Map(/* @__PURE__ */ Object.entries(byType));

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
  const validator = VALIDATORS.get(typeOf(value));
  const violation = validator === undefined ? envelope(value) : validator(value);
  return violation === undefined ? { ok: true, known: validator !== undefined } : { ok: false, violations: [violation] };
}

/** Receiver-mode validation, the default of `Webhook` and `verify`. */
export const receiverValidation: EventValidation = { mode: 'receiver', check: (value) => checkEvent(value) };
