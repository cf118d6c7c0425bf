import type { Json } from '../load-spec.js';

/**
 * The shape of the conformance case data, as the emitter builds it. The same interfaces are
 * written into generated/conformance/cases.ts (see cases-module.ts), where tsc checks the data
 * against them; keep both in step.
 */
export type Expectation = '2xx' | 'non-2xx' | 'no-redirect';

/** One entry of the `webhook-signature` header, computed by the runner at send time. */
export interface SignatureRecipe {
  /** The label written before the comma. `v1` is the HMAC version; others are unknown ones. */
  readonly version: string;
  /** `endpoint`: the secret under test; `other`: the suite's `otherSecret`. */
  readonly secret: 'endpoint' | 'other';
  /** Sign this message instead of the one sent: a valid signature of another message. */
  readonly over?: { readonly webhookId: string; readonly payload: Json };
}

export interface CaseStep {
  /** The spec example the payload is derived from, `<event type>/<example name>`. */
  readonly example: string;
  readonly webhookId: string;
  /** `webhook-timestamp` = the runner's clock (unix seconds) + this offset. */
  readonly timestampOffsetSeconds: number;
  /** Sent as `JSON.stringify(payload)`: compact, keys in this order. */
  readonly payload: Json;
  readonly signatures: readonly SignatureRecipe[];
  /** A literal `webhook-signature` value that replaces `signatures` (malformed headers). */
  readonly signatureHeader?: string;
  readonly omitHeaders: readonly string[];
  /** Resend the exact request (same timestamp and signature) of this earlier step index. */
  readonly resendStep?: number;
  readonly expect: Expectation;
}

export type InspectCheck =
  | { readonly kind: 'processed'; readonly webhookId: string; readonly expected: number }
  | { readonly kind: 'sequence'; readonly object: string; readonly id: string; readonly expected: number };

export interface ConformanceCase {
  readonly id: string;
  readonly group: 'deliver' | 'refuse' | 'accept' | 'http';
  readonly title: string;
  readonly steps: readonly CaseStep[];
  readonly inspect: readonly InspectCheck[];
  /** One line: what to change in the receiver when this case fails. */
  readonly fix: string;
}

export interface ConformanceSuite {
  readonly $comment: string;
  readonly contractVersion: string;
  readonly toleranceSeconds: number;
  readonly attemptTimeoutSeconds: number;
  readonly otherSecret: string;
  readonly inspectProtocol: { readonly processed: string; readonly sequence: string };
  readonly cases: readonly ConformanceCase[];
}
