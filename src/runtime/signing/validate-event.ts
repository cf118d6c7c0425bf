import type { ReceivedEvent } from '../../../generated/types.js';
import { receiverValidation } from '../validation/check-receiver.js';
import type { EventValidation } from '../validation/event-check.js';
import { schemaError } from './schema-error.js';
import { strictMoved } from './validate-event-strict-moved.js';

export { schemaError } from './schema-error.js';

/** Throws `schema_violation` unless `validation` accepts the value. */
export function validateWith(validation: EventValidation, value: unknown): ReceivedEvent {
  const check = validation.check(value);
  if (!check.ok) throw schemaError(check.violations, validation.mode);
  return value as ReceivedEvent;
}

/**
 * Validates an already-parsed payload against the receiver schema of its `type` (unknown
 * types, fields and enum values pass) and returns it typed. Producers' strict check is
 * `validateEventStrict` from `@woes/webhooks/strict`.
 */
export function validateEvent(value: unknown, options: { readonly validation?: EventValidation } = {}): ReceivedEvent {
  if ((options as { strict?: unknown }).strict === true) throw strictMoved('validateEvent(value, { strict: true })', 'validateEventStrict(value)');
  return validateWith(options.validation ?? receiverValidation, value);
}
