import { CODE_BANNER, type OutputFile } from '../output.js';
import type { ConformanceSuite } from './case-model.js';

/** The interfaces of the case data, as written into the generated module (see case-model.ts). */
const INTERFACES = `/** What the receiver must answer: a 2xx, a non-2xx, or anything but a 3xx. */
export type ConformanceExpectation = '2xx' | 'non-2xx' | 'no-redirect';

/** One entry of the \`webhook-signature\` header, computed at send time. */
export interface ConformanceSignature {
  /** The label before the comma: \`v1\` is HMAC-SHA256; any other label is a version receivers do not know. */
  readonly version: string;
  /** \`endpoint\`: the secret under test; \`other\`: \`otherSecret\`. */
  readonly secret: 'endpoint' | 'other';
  /** Sign this message instead of the one sent (a valid signature of another message). */
  readonly over?: { readonly webhookId: string; readonly payload: unknown };
}

/** One HTTP request of a case. */
export interface ConformanceStep {
  /** The spec example the payload is derived from, \`<event type>/<example name>\`. */
  readonly example: string;
  readonly webhookId: string;
  /** \`webhook-timestamp\` = the runner's clock in unix seconds + this offset. */
  readonly timestampOffsetSeconds: number;
  /** Sent as \`JSON.stringify(payload)\`. */
  readonly payload: unknown;
  readonly signatures: readonly ConformanceSignature[];
  /** A literal \`webhook-signature\` value instead of \`signatures\`. */
  readonly signatureHeader?: string;
  readonly omitHeaders: readonly string[];
  /** Resend the exact request (timestamp, signature) of this earlier step. */
  readonly resendStep?: number;
  readonly expect: ConformanceExpectation;
}

/** A check through the receiver's inspection endpoint, after the steps. */
export type ConformanceInspectCheck =
  | { readonly kind: 'processed'; readonly webhookId: string; readonly expected: number }
  | { readonly kind: 'sequence'; readonly object: string; readonly id: string; readonly expected: number };

export interface ConformanceCase {
  /** Stable: \`--only\` and \`--skip\` select by it. */
  readonly id: string;
  readonly group: 'deliver' | 'refuse' | 'accept' | 'http';
  readonly title: string;
  readonly steps: readonly ConformanceStep[];
  readonly inspect: readonly ConformanceInspectCheck[];
  /** One line: what to change in the receiver when the case fails. */
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
}`;

/**
 * The same data as cases.json, as a typed module: the JavaScript runner imports it (no file
 * reads at runtime, so it bundles into serverless functions), and tsc checks it against the
 * interfaces above.
 */
export function casesModule(suite: ConformanceSuite): OutputFile {
  const content = `${CODE_BANNER}// The receiver conformance suite. The same data, language-neutral: generated/conformance/cases.json.

${INTERFACES}

export const CONFORMANCE_SUITE: ConformanceSuite = ${JSON.stringify(suite, null, 2)};
`;
  return { path: 'generated/conformance/cases.ts', content };
}
