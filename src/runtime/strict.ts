/**
 * @woes/webhooks/strict: producers' validation. Only the types, fields and enum values the
 * spec defines pass, and every violation is reported. Its own entry because these validators
 * are several times the size of the receivers', and receivers never need them.
 *
 *   import { Webhook } from '@woes/webhooks';
 *   import { strictValidation, validateEventStrict } from '@woes/webhooks/strict';
 *   validateEventStrict(payload);                                   // throws schema_violation
 *   new Webhook(secret, { validation: strictValidation }).verify(body, headers);
 */
import type { WebhookEvent } from '../../generated/types.js';
import { strictValidation } from './validation/check-strict.js';
import { validateWith } from './signing/validate-event.js';

export { checkEventStrict, strictValidation } from './validation/check-strict.js';
export type { EventCheck, EventValidation, SchemaViolation, ValidationMode } from './validation/event-check.js';

/** Validates a parsed payload strictly and returns it typed; throws `schema_violation` listing every violation. */
export function validateEventStrict(value: unknown): WebhookEvent {
  // Strict mode rejects every type this version does not know: the result is a known event.
  return validateWith(strictValidation, value) as WebhookEvent;
}
