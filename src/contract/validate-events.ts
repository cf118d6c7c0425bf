import { checkEvent, type ValidationMode } from '../validation/check-event.js';

/** One invalid event: where it is, what it claims to be, and what is wrong. */
export interface InvalidEvent {
  readonly source: string;
  /** 0-based position of the event in its source. */
  readonly index: number;
  /** 1-based line in an NDJSON source. */
  readonly line?: number;
  readonly type: string | undefined;
  /** JSON pointer, `""` for the whole event. */
  readonly path: string;
  readonly message: string;
}

export interface ValidationSummary {
  readonly checked: number;
  readonly invalid: InvalidEvent[];
}

type Entry = { readonly index: number; readonly line?: number } & ({ readonly value: unknown } | { readonly parseError: string });

/** A JSON array, one JSON event, or NDJSON (one event per line; blank lines skipped). */
function* entries(text: string): Generator<Entry> {
  const trimmed = text.trim();
  if (trimmed === '') return;
  try {
    // One JSON document: an array of events, or one event (pretty-printed or not).
    const parsed: unknown = JSON.parse(trimmed);
    for (const [index, value] of (Array.isArray(parsed) ? parsed : [parsed]).entries()) yield { index, value };
    return;
  } catch (error) {
    if (trimmed.startsWith('[') || !trimmed.includes('\n')) {
      yield { index: 0, parseError: `not JSON (${error instanceof Error ? error.message : String(error)})` };
      return;
    }
  }
  const lines = text.split('\n');
  let index = 0;
  for (const [number, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    try {
      yield { index, line: number + 1, value: JSON.parse(raw) as unknown };
    } catch (error) {
      yield { index, line: number + 1, parseError: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    index++;
  }
}

/**
 * Checks every event in a JSON or NDJSON text with the precompiled validators: `receiver`
 * accepts what a forward-compatible receiver must, `strict` only what the spec defines.
 */
export function validateEventsText(text: string, options: { source: string; mode?: ValidationMode }): ValidationSummary {
  const invalid: InvalidEvent[] = [];
  let checked = 0;
  for (const entry of entries(text)) {
    checked++;
    const where = { source: options.source, index: entry.index, ...(entry.line === undefined ? {} : { line: entry.line }) };
    if ('parseError' in entry) {
      invalid.push({ ...where, type: undefined, path: '', message: entry.parseError });
      continue;
    }
    const result = checkEvent(entry.value, options.mode ?? 'receiver');
    if (result.ok) continue;
    const type = typeof entry.value === 'object' && entry.value !== null ? (entry.value as { type?: unknown }).type : undefined;
    for (const violation of result.violations) {
      invalid.push({ ...where, type: typeof type === 'string' ? type : undefined, path: violation.path, message: violation.message });
    }
  }
  return { checked, invalid };
}
