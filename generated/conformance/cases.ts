// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
// The receiver conformance suite: the data of cases.json, with its types.

import suite from './cases.json' with { type: 'json' };

/** A JSON value: what a payload can hold. */
export type ConformanceJson = null | boolean | number | string | ConformanceJson[] | { [key: string]: ConformanceJson };

/**
 * What the receiver must answer: a 2xx, a non-2xx, anything but a 3xx, or `413`: refused for
 * its size before the rest of the body arrives (413 Payload Too Large, or 411 Length Required
 * from a receiver that takes no body without a declared length). `refused-or-closed`: any
 * non-2xx, or the connection closed at once without an answer (an HTTP server's parser that
 * gives up on malformed framing, as Deno's does); what fails is a 2xx, or waiting.
 */
export type ConformanceExpectation = '2xx' | 'non-2xx' | 'no-redirect' | '413' | 'refused-or-closed';

/** One entry of the `webhook-signature` header, computed by the runner at send time. */
export interface ConformanceSignature {
  /** The label before the comma: `v1` is HMAC-SHA256; any other label is a version receivers do not know. */
  readonly version: string;
  /** `endpoint`: the secret under test; `other`: the suite's `otherSecret`. */
  readonly secret: 'endpoint' | 'other';
  /** Sign this message instead of the one sent (a valid signature of another message). */
  readonly over?: { readonly webhookId: string; readonly payload: ConformanceJson };
}

/** One HTTP request of a case. */
export interface ConformanceStep {
  /** The spec example the payload is derived from, `<event type>/<example name>`. */
  readonly example: string;
  readonly webhookId: string;
  /**
   * `webhook-timestamp` = the runner's clock in unix seconds + this offset, made a whole second
   * toward the clock for a step that must be accepted (`2xx`) and away from it for any other:
   * an accepted step is never further from the clock than the offset, a refused one never
   * nearer, whatever the fraction of the second (the tolerance's edges, ±(tolerance − 1) and
   * ±(tolerance + 1), hold to the second). An offset of 0 takes the clock's whole second.
   */
  readonly timestampOffsetSeconds: number;
  /** Sent as `JSON.stringify(payload)`: compact, keys in this order (unless `body` is set). */
  readonly payload: ConformanceJson;
  /**
   * The exact body to send instead, when it is not `JSON.stringify(payload)`: other escaping or
   * spacing that parses to `payload` but does not survive a parse and re-serialize round trip.
   */
  readonly body?: string;
  /**
   * A body over the size limit: the body (`JSON.stringify(payload)`, or `body`) padded with
   * spaces to `totalBytes` and signed whole, of which only the first `sendBytes` are sent. The
   * runner then waits for the answer and never sends the rest, so a receiver that reads the
   * whole body before refusing never answers. `content-length` declares `totalBytes`;
   * `chunked` declares no length.
   */
  readonly oversize?: { readonly totalBytes: number; readonly sendBytes: number; readonly framing: 'content-length' | 'chunked' };
  /**
   * A request whose HTTP framing is malformed, written as raw bytes over a real connection (a
   * runner that cannot write raw bytes, such as an in-process handler, skips the case):
   * `content-length` sends `Content-Length: <value>` (`-1`) and then the body; `chunk-size`
   * sends `Transfer-Encoding: chunked` and `line` as the first chunk-size line, followed by its
   * CRLF and the body when `endLine` is true, alone otherwise. Nothing more is sent and the
   * connection is held open: a receiver that reads by such a length (Python's
   * `rfile.read(-1)`, an unbounded `readline()`) waits for bytes that never come, and buffers
   * without bound when they do.
   */
  readonly malformedFraming?:
    | { readonly kind: 'content-length'; readonly value: string }
    | { readonly kind: 'chunk-size'; readonly line: string; readonly endLine: boolean };
  readonly signatures: readonly ConformanceSignature[];
  /** A literal `webhook-signature` value that replaces `signatures` (malformed headers). */
  readonly signatureHeader?: string;
  readonly omitHeaders: readonly string[];
  /** Resend the exact request (same timestamp and signature) of this earlier step index. */
  readonly resendStep?: number;
  readonly expect: ConformanceExpectation;
}

/** A check through the receiver's inspection endpoint, after the steps. */
export type ConformanceInspectCheck =
  | { readonly kind: 'processed'; readonly webhookId: string; readonly expected: number }
  | { readonly kind: 'sequence'; readonly object: string; readonly id: string; readonly expected: number };

export interface ConformanceCase {
  /** Stable: `--only` and `--skip` select by it. */
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
}

// A JSON module's literals are typed as plain strings; the conformance emitter built this data
// as a ConformanceSuite before writing it.
export const CONFORMANCE_SUITE = suite as ConformanceSuite;
