// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
/** One error of a compiled validator, as ajv reports it. */
export interface CompiledValidatorError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled ajv validator: returns whether `data` is valid and leaves the errors on `errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly CompiledValidatorError[] | null;
}

/** One way a value breaks its schema, as the receiver validators report it. */
export interface ReceiverViolation {
  /** JSON pointer to the offending value (`/data/status`); `""` for the whole value. */
  readonly path: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`, ...). */
  readonly keyword: string;
  /** ajv's message, with the allowed values where that helps. */
  readonly message: string;
}

/** A generated receiver validator: the first violation, or `undefined` when `value` is valid. */
export type ReceiverValidator = (value: unknown) => ReceiverViolation | undefined;
