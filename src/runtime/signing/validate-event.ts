import type { WebhookEvent } from '../../../generated/types.js';
import { checkEvent, type SchemaViolation, type ValidationMode } from '../validation/check-event.js';
import { WebhookVerificationError } from './errors.js';

/** `schema_violation` naming the first violation's JSON path; all of them on `violations`. */
export function schemaError(violations: readonly SchemaViolation[], mode: ValidationMode): WebhookVerificationError {
  const first = violations[0];
  const where = first ? `${first.path === '' ? '(root)' : first.path} ${first.message}` : 'unknown violation';
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more on \`violations\`)` : '';
  const fix =
    mode === 'strict'
      ? 'Strict mode accepts only what the spec defines: fix the producer, or add the field or value to asyncapi.yaml.'
      : 'Receiver mode already ignores unknown types, fields and enum values, so this is a contract bug: report it with the webhook-id.';
  return new WebhookVerificationError('schema_violation', `the event does not match its schema: ${where}${more}. ${fix}`,
    { path: first?.path ?? '', violations },
  );
}

/**
 * Validates an already-parsed payload against the schema of its `type` (receiver mode: unknown
 * types, fields and enum values pass; `strict: true` rejects them) and returns it typed.
 */
export function validateEvent(value: unknown, options: { strict?: boolean } = {}): WebhookEvent {
  const mode = options.strict === true ? 'strict' : 'receiver';
  const check = checkEvent(value, mode);
  if (!check.ok) throw schemaError(check.violations, mode);
  return value as WebhookEvent;
}
