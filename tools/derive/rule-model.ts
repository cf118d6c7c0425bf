import type { SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';

/** A rule violation: where (JSON path) and what. The rule supplies the code and the fix. */
export interface Finding {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface ValidationIssue {
  /** JSON pointer into the validated value, `""` for the root. */
  readonly instancePath: string;
  readonly message: string;
}

export interface RuleContext {
  readonly raw: JsonObject;
  readonly model: SpecModel;
  /** Validates a payload against the strict (producer) schema of an event type. */
  readonly validatePayload: (type: string, payload: unknown) => readonly ValidationIssue[];
  /** Validates example headers against the delivery headers schema. */
  readonly validateHeaders: (headers: unknown) => readonly ValidationIssue[];
  /** Validates the `x-woes-*` blocks against their shape. */
}

/** One convention of this contract, as data: an id, what it enforces, how to fix a violation. */
export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly fix: string;
  readonly check: (context: RuleContext) => Finding[];
}
