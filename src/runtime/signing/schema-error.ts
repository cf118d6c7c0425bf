import type { SchemaViolation, ValidationMode } from '../validation/event-check.js';
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
  return new WebhookVerificationError('schema_violation', `the event does not match its schema: ${where}${more}. ${fix}`, {
    path: first?.path ?? '',
    violations,
  });
}
