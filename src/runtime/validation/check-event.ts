import { byType as receiverByType, envelope as receiverEnvelope } from '../../../generated/validators/receiver.js';
import { byType as strictByType } from '../../../generated/validators/strict.js';
import type { CompiledValidator, CompiledValidatorError } from '../../../generated/validators/validator-types.js';
import type { WebhookEventType } from '../../../generated/types.js';

/**
 * `receiver` accepts what a forward-compatible receiver must: unknown fields, unknown values
 * of open enums, and event types this version does not know (checked against the envelope).
 * `strict` is for producers' own tests: only what the spec defines passes.
 */
export type ValidationMode = 'receiver' | 'strict';

/** One way a payload breaks its schema. */
export interface SchemaViolation {
  /** JSON pointer to the offending value (`/data/status`); `""` for the whole payload. */
  readonly path: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`, ...). */
  readonly keyword: string;
  /** What is wrong, naming the property, allowed values or format where that helps. */
  readonly message: string;
}

export type EventCheck =
  | { readonly ok: true; readonly known: boolean }
  | { readonly ok: false; readonly violations: readonly SchemaViolation[] };

const isKnownType = (type: unknown): type is WebhookEventType => typeof type === 'string' && Object.hasOwn(receiverByType, type);

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

function run(validate: CompiledValidator, value: unknown): EventCheck | undefined {
  if (validate(value)) return undefined;
  return { ok: false, violations: (validate.errors ?? []).map(toViolation) };
}

/** Checks a parsed payload against the schema of its `type`, with precompiled validators. */
export function checkEvent(value: unknown, mode: ValidationMode = 'receiver'): EventCheck {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  if (isKnownType(type)) {
    return run(mode === 'strict' ? strictByType[type] : receiverByType[type], value) ?? { ok: true, known: true };
  }
  if (mode === 'strict') {
    const message = typeof type === 'string' ? `unknown event type "${type}"` : 'must have a string "type"';
    return { ok: false, violations: [{ path: '/type', keyword: 'enum', message }] };
  }
  return run(receiverEnvelope, value) ?? { ok: true, known: false };
}
