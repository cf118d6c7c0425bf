import type { CapturedAttempt } from './captured-attempt.js';

/** How much the capture endpoint keeps: past either bound, the oldest attempts go first. */
export interface AttemptLogLimits {
  /** Attempts kept for the report. */
  readonly maxAttempts: number;
  /** Bytes kept, summed over the kept attempts: their bodies, headers (names and values, the webhook-id included) and paths. */
  readonly maxStoredBytes: number;
}

/**
 * What holding one header costs beyond its name and value: the property and the two strings'
 * own headers (about 105 bytes measured on Node 20 for 2,000 short headers). Without it, a
 * request of 2,000 one-letter headers would count 4 KB and cost 200 KB.
 */
export const BYTES_PER_HEADER = 96;
/** The attempt object, its entry in the log and its strings' headers. */
export const BYTES_PER_ATTEMPT = 256;

/**
 * What an attempt holds in memory, as bytes: its body, its path, every header name and value
 * (a producer's 14 KB headers or 15 KB webhook-ids cost as much as a body of that size), and
 * the overhead of holding each. Strings are counted as UTF-8; one that V8 keeps in two bytes
 * per character (non-Latin-1 text) can cost up to twice that.
 */
export function storedBytes(attempt: CapturedAttempt): number {
  let bytes = BYTES_PER_ATTEMPT + Buffer.byteLength(attempt.body) + Buffer.byteLength(attempt.path);
  for (const name in attempt.headers) bytes += BYTES_PER_HEADER + name.length + Buffer.byteLength(attempt.headers[name] ?? '');
  return bytes;
}

/** 10,000 attempts of at most 64 KiB each would be 640 MB: the byte bound is the one that bites first. */
export const DEFAULT_ATTEMPT_LOG_LIMITS: AttemptLogLimits = { maxAttempts: 10_000, maxStoredBytes: 64 * 1024 * 1024 };

/** What was dropped to stay within the limits, for the report to say. */
export interface DroppedAttempts {
  readonly attempts: number;
  /** Their bytes, as `storedBytes` counts them (bodies, headers, paths). */
  readonly bytes: number;
}

/**
 * The attempts the capture endpoint received, bounded, with an index by `webhook-id` so that
 * recording an attempt costs the same at the 30,000th as at the first (a scan of every kept
 * attempt per delivery made a flood quadratic).
 */
export class AttemptLog {
  readonly #limits: AttemptLogLimits;
  // A queue as an array and a head index: dropping the oldest is O(1), compacted now and then.
  #items: ({ attempt: CapturedAttempt; bytes: number } | undefined)[] = [];
  #head = 0;
  #storedBytes = 0;
  #dropped = { attempts: 0, bytes: 0 };
  /** Attempts seen per webhook-id while any of them is kept: the next attempt's index. */
  readonly #seen = new Map<string, { seen: number; kept: number }>();

  constructor(limits: AttemptLogLimits = DEFAULT_ATTEMPT_LOG_LIMITS) {
    this.#limits = limits;
  }

  /** The 0-based index the next attempt of `webhookId` gets. */
  nextIndex(webhookId: string): number {
    return this.#seen.get(webhookId)?.seen ?? 0;
  }

  add(attempt: CapturedAttempt): void {
    const id = attempt.headers['webhook-id'] ?? '';
    const entry = this.#seen.get(id) ?? { seen: 0, kept: 0 };
    entry.seen = Math.max(entry.seen, attempt.attemptIndex + 1);
    entry.kept++;
    this.#seen.set(id, entry);
    const bytes = storedBytes(attempt);
    this.#items.push({ attempt, bytes });
    this.#storedBytes += bytes;
    while (this.size > 0 && (this.size > this.#limits.maxAttempts || this.#storedBytes > this.#limits.maxStoredBytes)) this.#dropOldest();
  }

  get size(): number {
    return this.#items.length - this.#head;
  }

  get dropped(): DroppedAttempts {
    return { ...this.#dropped };
  }

  /** The kept attempts, oldest first. */
  list(): CapturedAttempt[] {
    const kept: CapturedAttempt[] = [];
    for (let index = this.#head; index < this.#items.length; index++) {
      const item = this.#items[index];
      if (item) kept.push(item.attempt);
    }
    return kept;
  }

  reset(): void {
    this.#items = [];
    this.#head = 0;
    this.#storedBytes = 0;
    this.#dropped = { attempts: 0, bytes: 0 };
    this.#seen.clear();
  }

  #dropOldest(): void {
    const oldest = this.#items[this.#head];
    // Cleared, not just skipped: the byte bound holds for what is really in memory.
    this.#items[this.#head] = undefined;
    this.#head++;
    if (!oldest) return;
    this.#storedBytes -= oldest.bytes;
    this.#dropped.attempts++;
    this.#dropped.bytes += oldest.bytes;
    const id = oldest.attempt.headers['webhook-id'] ?? '';
    const entry = this.#seen.get(id);
    // Forget an id once none of its attempts is kept, so a flood of ids stays bounded too.
    if (entry && --entry.kept === 0) this.#seen.delete(id);
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
  }
}
