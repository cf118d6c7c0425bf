import { checkEvent, type ValidationMode } from '../runtime/validation/check-event.js';

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

/** The value of one event, or why its text is not JSON. */
type Parsed = { readonly value: unknown } | { readonly parseError: string };

const parseError = (error: unknown): Parsed => ({ parseError: `not JSON (${error instanceof Error ? error.message : String(error)})` });

/**
 * Calls `visit` for each event of a JSON array, one JSON event, or NDJSON (one event per line,
 * blank lines skipped). A plain loop over line offsets: this is the hot path of `validate`.
 */
function forEachEvent(text: string, visit: (index: number, line: number | undefined, parsed: Parsed) => void): void {
  const start = text.search(/\S/);
  if (start === -1) return;
  const firstLineEnd = text.indexOf('\n', start);
  // NDJSON when the first line is a JSON document of its own; otherwise one document.
  if (text.charAt(start) !== '[' && firstLineEnd !== -1 && parsesAlone(text.slice(start, firstLineEnd))) return forEachLine(text, visit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return visit(0, undefined, parseError(error));
  }
  (Array.isArray(parsed) ? parsed : [parsed]).forEach((value: unknown, index) => visit(index, undefined, { value }));
}

function parsesAlone(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function forEachLine(text: string, visit: (index: number, line: number | undefined, parsed: Parsed) => void): void {
  let index = 0;
  let line = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    line++;
    const raw = text.slice(from, to);
    from = to + 1;
    if (raw.length === 0 || raw.trim() === '') continue;
    let parsed: Parsed;
    try {
      parsed = { value: JSON.parse(raw) as unknown };
    } catch (error) {
      parsed = parseError(error);
    }
    visit(index++, line, parsed);
  }
}

/**
 * Checks every event in a JSON or NDJSON text with the precompiled validators: `receiver`
 * accepts what a forward-compatible receiver must, `strict` only what the spec defines.
 */
export function validateEventsText(text: string, options: { source: string; mode?: ValidationMode }): ValidationSummary {
  const invalid: InvalidEvent[] = [];
  const mode = options.mode ?? 'receiver';
  let checked = 0;
  forEachEvent(text, (index, line, parsed) => {
    checked++;
    if ('parseError' in parsed) {
      invalid.push({ source: options.source, index, ...(line === undefined ? {} : { line }), type: undefined, path: '', message: parsed.parseError });
      return;
    }
    const result = checkEvent(parsed.value, mode);
    if (result.ok) return;
    const type = typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as { type?: unknown }).type : undefined;
    for (const violation of result.violations) {
      invalid.push({ source: options.source, index, ...(line === undefined ? {} : { line }), type: typeof type === 'string' ? type : undefined, path: violation.path, message: violation.message });
    }
  });
  return { checked, invalid };
}
