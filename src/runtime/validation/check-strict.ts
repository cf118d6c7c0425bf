import { byType } from '../../../generated/validators/strict.js';
import type { CompiledValidatorError } from '../../../generated/validators/validator-types.js';
import type { WebhookEventType } from '../../../generated/types.js';
import { typeOf, type EventCheck, type EventValidation, type SchemaViolation } from './event-check.js';

const isKnownType = (type: unknown): type is WebhookEventType => typeof type === 'string' && Object.hasOwn(byType, type);

function toViolation(error: CompiledValidatorError): SchemaViolation {
  const params = error.params;
  let detail = '';
  // ajv's own message already names a missing property.
  if (error.keyword === 'additionalProperties') detail = `: "${String(params.additionalProperty)}"`;
  else if (error.keyword === 'enum') detail = `: ${JSON.stringify(params.allowedValues)}`;
  else if (error.keyword === 'const') detail = `: ${JSON.stringify(params.allowedValue)}`;
  const path = error.keyword === 'required' ? `${error.instancePath}/${String(params.missingProperty)}` : error.instancePath;
  return { path, keyword: error.keyword, message: `${error.message ?? 'is invalid'}${detail}` };
}

/**
 * Checks a payload as producers' tests must: only types, fields and enum values the spec
 * defines pass, and every violation is reported. Kept out of the main entry: these validators
 * are ajv standalone code several times the size of the receivers'.
 */
export function checkEventStrict(value: unknown): EventCheck {
  const type = typeOf(value);
  if (!isKnownType(type)) {
    const message = typeof type === 'string' ? `unknown event type "${type}"` : 'must have a string "type"';
    return { ok: false, violations: [{ path: '/type', keyword: 'enum', message }] };
  }
  const validate = byType[type];
  if (validate(value)) return { ok: true, known: true };
  return { ok: false, violations: (validate.errors ?? []).map(toViolation) };
}

/** Strict validation for `Webhook`/`verify`: `new Webhook(secret, { validation: strictValidation })`. */
export const strictValidation: EventValidation = { mode: 'strict', check: checkEventStrict };
