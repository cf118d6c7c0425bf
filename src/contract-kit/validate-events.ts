import { isUtf8 } from 'node:buffer';
import { checkEvent, type ValidationMode } from '../runtime/validation/check-event.js';
import { JsonArraySplitter, type ArrayElement } from './json-array-split.js';

/** One invalid event: where it is, what it claims to be, and what is wrong. */
export interface InvalidEvent {
  readonly source: string;
  /** 0-based position of the event in its source. */
  readonly index: number;
  /** 1-based line where the event starts (NDJSON, or an element of a JSON array). */
  readonly line?: number;
  readonly type: string | undefined;
  /** JSON pointer, `""` for the whole event. */
  readonly path: string;
  readonly message: string;
}

export interface ValidationSummary {
  readonly checked: number;
  /** The violations kept for the report, at most `maxReported`, in input order. */
  readonly invalid: InvalidEvent[];
  /** Events with at least one violation. */
  readonly invalidEvents: number;
  /** Violations found beyond `maxReported`, counted but not kept. */
  readonly unreported: number;
}

export interface ValidateEventsOptions {
  /** How the source is named in each violation (a path, `stdin`). */
  readonly source: string;
  readonly mode?: ValidationMode;
  /** Violations kept (and passed to `onInvalid`); the rest are only counted. Default 1,000. */
  readonly maxReported?: number;
  /** Called with each kept violation as soon as it is found, to print while reading. */
  readonly onInvalid?: (item: InvalidEvent) => void;
}

export interface ValidateStreamOptions extends ValidateEventsOptions {
  /**
   * The largest JSON document read whole: one event written over several lines (a JSON array
   * is streamed element by element at any size instead). Default 1 MiB.
   */
  readonly maxDocumentBytes?: number;
}

export const DEFAULT_MAX_REPORTED = 1000;
/**
 * An NDJSON line, an element of a JSON array, or one event over several lines, longer than
 * this is reported, not parsed: an event is at most 64 KiB (x-woes-limits), and this leaves
 * room for one indented. Parsing is what costs memory (64 KiB of `[` is 32,768 arrays, a
 * megabyte of them); at 1 MiB a value of nested brackets costs tens of megabytes at most.
 */
export const MAX_LINE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = MAX_LINE_BYTES;
/** Nesting inside one array element before it is reported unread: an event nests a handful of levels. */
export const MAX_ELEMENT_DEPTH = 64;

/** Input `validate` cannot read as events at all; the message says what to do instead. */
export class EventInputError extends Error {
  readonly code: 'document_too_large';
  constructor(code: 'document_too_large', message: string) {
    super(message);
    this.name = 'EventInputError';
    this.code = code;
  }
}

/** The value of one event, or why its text is not JSON. */
type Parsed = { readonly value: unknown } | { readonly parseError: string };

const parseError = (error: unknown): Parsed => ({ parseError: `not JSON (${error instanceof Error ? error.message : String(error)})` });
const parse = (text: string): Parsed => {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return parseError(error);
  }
};
/** What verification says about the same bytes: a delivery body must be UTF-8. */
const NOT_UTF8: Parsed = { parseError: 'not JSON: invalid UTF-8 (verification refuses such a body as invalid_json)' };

/** Counts and keeps violations; shared by the text and the stream entry points. */
class Tally {
  checked = 0;
  invalidEvents = 0;
  unreported = 0;
  readonly invalid: InvalidEvent[] = [];
  readonly #options: ValidateEventsOptions;
  readonly #max: number;
  readonly #mode: ValidationMode;

  constructor(options: ValidateEventsOptions) {
    this.#options = options;
    this.#max = options.maxReported ?? DEFAULT_MAX_REPORTED;
    this.#mode = options.mode ?? 'receiver';
  }

  visit(index: number, line: number | undefined, parsed: Parsed): void {
    this.checked++;
    if ('parseError' in parsed) {
      this.invalidEvents++;
      this.#keep(index, line, undefined, '', parsed.parseError);
      return;
    }
    const result = checkEvent(parsed.value, this.#mode);
    if (result.ok) return;
    this.invalidEvents++;
    // Past the budget only counts are kept: nothing is built for a violation nobody will read.
    if (this.invalid.length >= this.#max) {
      this.unreported += result.violations.length;
      return;
    }
    const type = typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as { type?: unknown }).type : undefined;
    for (const violation of result.violations) this.#keep(index, line, typeof type === 'string' ? type : undefined, violation.path, violation.message);
  }

  summary(): ValidationSummary {
    return { checked: this.checked, invalid: this.invalid, invalidEvents: this.invalidEvents, unreported: this.unreported };
  }

  #keep(index: number, line: number | undefined, type: string | undefined, path: string, message: string): void {
    if (this.invalid.length >= this.#max) {
      this.unreported++;
      return;
    }
    const item: InvalidEvent = { source: this.#options.source, index, ...(line === undefined ? {} : { line }), type, path, message };
    this.invalid.push(item);
    this.#options.onInvalid?.(item);
  }
}

/** One JSON document that is not an array: one event. */
function visitDocument(text: string, tally: Tally): void {
  tally.visit(0, undefined, parse(text));
}

/** A splitter whose elements go to the tally, each decoded as strict UTF-8 and parsed alone. */
function arraySplitter(tally: Tally): JsonArraySplitter {
  return new JsonArraySplitter({ maxElementBytes: MAX_LINE_BYTES, maxDepth: MAX_ELEMENT_DEPTH }, (element: ArrayElement) => {
    if ('problem' in element) return tally.visit(element.index, element.line, { parseError: element.problem });
    // isUtf8 is strict, as a fatal TextDecoder is, at a fraction of its cost per call.
    if (!isUtf8(element.bytes)) return tally.visit(element.index, element.line, NOT_UTF8);
    tally.visit(element.index, element.line, parse(element.bytes.toString('utf8')));
  });
}

/**
 * Checks every event in a JSON or NDJSON text with the precompiled validators: `receiver`
 * accepts what a forward-compatible receiver must, `strict` only what the spec defines.
 * NDJSON when the first line is a JSON document of its own; otherwise one document.
 */
export function validateEventsText(text: string, options: ValidateEventsOptions): ValidationSummary {
  const tally = new Tally(options);
  const start = text.search(/\S/);
  if (start === -1) return tally.summary();
  const firstLineEnd = text.indexOf('\n', start);
  if (text.charAt(start) === '[') {
    const splitter = arraySplitter(tally);
    splitter.push(Buffer.from(text, 'utf8'));
    splitter.end();
    return tally.summary();
  }
  if (firstLineEnd === -1 || 'parseError' in parse(text.slice(start, firstLineEnd))) {
    visitDocument(text, tally);
    return tally.summary();
  }
  // A plain loop over line offsets: this is the hot path of `validate`.
  let index = 0;
  let line = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    line++;
    const raw = text.slice(from, to);
    from = to + 1;
    if (raw.trim() === '') continue;
    tally.visit(index++, line, parse(raw));
  }
  return tally.summary();
}

const NEWLINE = 0x0a;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The streaming form, for files and stdin of any size: NDJSON is read line by line and a JSON
 * array element by element (memory stays flat however long the input: at most one line or
 * element of MAX_LINE_BYTES is held and parsed at a time), each decoded as strict UTF-8, as
 * verification decodes a body. A JSON value that is not an array (one event over several
 * lines) has to be parsed whole, so it is read up to `maxDocumentBytes`; past that, the error
 * says to write NDJSON or an array instead.
 */
export async function validateEventStream(chunks: AsyncIterable<Uint8Array>, options: ValidateStreamOptions): Promise<ValidationSummary> {
  const tally = new Tally(options);
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const lineDecoder = new TextDecoder('utf-8', { fatal: true });
  let mode: 'unknown' | 'ndjson' | 'array' | 'document' = 'unknown';
  const splitter = arraySplitter(tally);
  let carry = Buffer.alloc(0);
  const documentChunks: Buffer[] = [];
  let documentBytes = 0;
  let index = 0;
  let line = 0;
  let skippingLongLine = false;
  let bom = true;

  const visitLine = (bytes: Buffer): void => {
    line++;
    let text: string;
    try {
      text = lineDecoder.decode(bytes);
    } catch {
      tally.visit(index++, line, NOT_UTF8);
      return;
    }
    if (text.trim() === '') return;
    tally.visit(index++, line, parse(text));
  };
  // Whole lines only: a newline byte never occurs inside a multi-byte UTF-8 sequence.
  const drainLines = (final: boolean): void => {
    let from = 0;
    for (let to = carry.indexOf(NEWLINE, from); to !== -1; to = carry.indexOf(NEWLINE, from)) {
      if (skippingLongLine) {
        skippingLongLine = false;
        line++;
      } else visitLine(carry.subarray(from, to));
      from = to + 1;
    }
    carry = from === 0 ? carry : Buffer.from(carry.subarray(from));
    if (final && carry.length > 0 && !skippingLongLine) visitLine(carry);
    else if (carry.length > MAX_LINE_BYTES && !skippingLongLine) {
      tally.visit(index++, line + 1, {
        parseError: `not an event: the line is longer than ${MAX_LINE_BYTES} bytes (an event is at most 64 KiB); skipped to the next line`,
      });
      skippingLongLine = true;
      carry = Buffer.alloc(0);
    } else if (skippingLongLine) carry = Buffer.alloc(0);
  };
  const addToDocument = (bytes: Buffer): void => {
    documentBytes += bytes.length;
    if (documentBytes > maxDocumentBytes) {
      throw new EventInputError(
        'document_too_large',
        `${options.source} is one JSON value of more than ${maxDocumentBytes} bytes that is not an array; validate reads such a value (one event over several lines) whole, up to that size, and an event is at most 64 KiB. Write the events as NDJSON (one JSON event per line) or as a JSON array, which are streamed at any size.`,
      );
    }
    documentChunks.push(bytes);
  };

  for await (const chunk of chunks) {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (bom && bytes.length > 0) {
      // A UTF-8 byte order mark is not part of the first event.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      bom = false;
    }
    if (mode === 'document') {
      addToDocument(Buffer.from(bytes));
      continue;
    }
    if (mode === 'array') {
      splitter.push(bytes);
      continue;
    }
    carry = carry.length === 0 ? Buffer.from(bytes) : Buffer.concat([carry, bytes]);
    if (mode === 'unknown') {
      mode = decideMode(carry);
      if (mode === 'unknown' && carry.length > MAX_LINE_BYTES) mode = 'document';
      if (mode === 'document') {
        addToDocument(carry);
        carry = Buffer.alloc(0);
        continue;
      }
      if (mode === 'array') {
        splitter.push(carry);
        carry = Buffer.alloc(0);
        continue;
      }
      if (mode === 'unknown') continue;
    }
    drainLines(false);
  }
  if (mode === 'unknown') mode = carry.some((byte) => !isSpace(byte)) ? decideMode(carry, true) : 'ndjson';
  if (mode === 'array') {
    if (carry.length > 0) splitter.push(carry);
    splitter.end();
  } else if (mode === 'document') {
    if (carry.length > 0) addToDocument(carry);
    const all = Buffer.concat(documentChunks);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(all);
    } catch {
      tally.visit(0, undefined, NOT_UTF8);
      return tally.summary();
    }
    visitDocument(text, tally);
  } else drainLines(true);
  return tally.summary();
}

/**
 * A JSON array when the input starts with `[`; NDJSON when the first non-blank line is a JSON
 * document of its own; one JSON document when that line does not parse alone. `unknown` until
 * the first line is complete (or the input ends).
 */
function decideMode(buffer: Buffer, atEnd = false): 'unknown' | 'ndjson' | 'array' | 'document' {
  let start = 0;
  while (start < buffer.length && isSpace(buffer[start] ?? 0)) start++;
  if (start === buffer.length) return 'unknown';
  if (buffer[start] === 0x5b) return 'array';
  const end = buffer.indexOf(NEWLINE, start);
  if (end === -1) return atEnd ? 'document' : 'unknown';
  let first: string;
  try {
    first = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(start, end));
  } catch {
    return 'ndjson';
  }
  return 'parseError' in parse(first) ? 'document' : 'ndjson';
}
