import type { Json } from '../spec/load-spec.js';

/**
 * How a change affects receivers. Woes sends and receivers read, so a change is judged by
 * whether code and schemas written against the base version still work on the head version.
 * - `breaking`: some receiver written against the base breaks.
 * - `policy`: the delivery policy moved (retries, timeouts, tolerance, size limit). Not a
 *   payload change, but receivers size their infrastructure on it: announced and versioned.
 * - `non-breaking`: additive or narrowing; receivers that follow the forward-compatibility
 *   rules keep working.
 * - `docs`: descriptions, titles, summaries and examples only.
 */
export type ChangeClass = 'breaking' | 'policy' | 'non-breaking' | 'docs';

/** Most severe first: the order reports and the changelog list classes in. */
export const CHANGE_CLASSES: readonly ChangeClass[] = ['breaking', 'policy', 'non-breaking', 'docs'];

/** One classification rule, as data: the table in change-rules.ts is the whole policy. */
export interface ChangeRule {
  readonly id: string;
  readonly class: ChangeClass;
  /** What the rule detects. */
  readonly description: string;
  /** Why it is in its class, from the receiver's side. */
  readonly reason: string;
}

/** A difference found between two versions, before it is grouped across events. */
export interface RawChange {
  readonly rule: string;
  /** Where: `payload data.status`, `event conversation.created`, `x-woes-retries.scheduleSeconds`. */
  readonly location: string;
  /** What changed, in one sentence. */
  readonly detail: string;
  readonly before?: Json;
  readonly after?: Json;
}

/** A classified change, with the event types it affects (empty for contract-wide changes). */
export interface Change extends RawChange {
  readonly class: ChangeClass;
  readonly reason: string;
  readonly events: readonly string[];
}

/** What one side of the comparison is. */
export interface VersionInfo {
  /** Where it came from: a file path or `<git-ref>:asyncapi.yaml`. */
  readonly source: string;
  readonly version: string;
  /** The `const` of the envelope's `apiVersion`, or `''` when it has none. */
  readonly apiVersion: string;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface Verdict {
  readonly ok: boolean;
  /** The bump the most demanding class of change needs. */
  readonly required: Bump;
  /** The bump from the base's `info.version` to the head's, or `invalid`/`downgrade`. */
  readonly actual: Bump | 'downgrade' | 'invalid';
  /** One line per unmet requirement (empty when `ok`), each with the fix. */
  readonly failures: readonly string[];
}

export interface DiffReport {
  readonly base: VersionInfo;
  readonly head: VersionInfo;
  readonly changes: readonly Change[];
  readonly counts: { readonly [C in ChangeClass]: number };
  readonly verdict: Verdict;
}
