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

export type EventCheck = { readonly ok: true; readonly known: boolean } | { readonly ok: false; readonly violations: readonly SchemaViolation[] };

/**
 * How verified payloads are validated: `receiverValidation` (the default of `Webhook` and
 * `verify`) or `strictValidation` from `@woes/webhooks/strict`. Passed as an object so a
 * receiver's bundle holds only the validators it uses.
 */
export interface EventValidation {
  readonly mode: ValidationMode;
  check(value: unknown): EventCheck;
}

/** The `type` of a payload, when it is an object. */
export const typeOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined);
