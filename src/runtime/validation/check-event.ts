import { checkEvent as checkReceiver } from './check-receiver.js';
import { checkEventStrict } from './check-strict.js';
import type { EventCheck, ValidationMode } from './event-check.js';

export type { EventCheck, SchemaViolation, ValidationMode } from './event-check.js';

/**
 * Either mode by name, for the contract kit and the CLI, which serve both sides. Not part of
 * the main entry: a receiver imports `checkEvent` (receiver mode) and never loads the strict
 * validators; producers import `checkEventStrict` from `@woes/webhooks/strict`.
 */
export function checkEvent(value: unknown, mode: ValidationMode = 'receiver'): EventCheck {
  return mode === 'strict' ? checkEventStrict(value) : checkReceiver(value);
}
