/** One element of a JSON array, as its bytes, or why it cannot be read as an event. */
export type ArrayElement =
  | { readonly index: number; readonly line: number; readonly bytes: Buffer }
  | { readonly index: number; readonly line: number; readonly problem: string };

export interface ArraySplitLimits {
  /** Bytes of one element kept to be parsed; a longer one is reported and skipped unread. */
  readonly maxElementBytes: number;
  /** Nesting of brackets and braces inside one element; a deeper one is reported and skipped. */
  readonly maxDepth: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
const isOpen = (byte: number): boolean => byte === 0x5b || byte === 0x7b;
const isClose = (byte: number): boolean => byte === 0x5d || byte === 0x7d;

/**
 * Splits the bytes of one JSON array into its elements as they arrive, so that an array of any
 * size is checked with the memory of one element: a 60 MB array once took 3.4 GB parsed
 * whole. Only strings, escapes and bracket depth are tracked (the element is parsed by the
 * caller), so each byte costs a few comparisons. An element past `maxElementBytes` or nested
 * past `maxDepth` (a JSON value of nested brackets parses to megabytes of arrays) is reported,
 * not kept; so are the array's own mistakes: an empty element, a trailing comma, an array that
 * never closes, text after it.
 */
export class JsonArraySplitter {
  readonly #limits: ArraySplitLimits;
  readonly #emit: (element: ArrayElement) => void;
  #phase: 'before' | 'between' | 'element' | 'after' | 'done' = 'before';
  #afterComma = false;
  #index = 0;
  #line = 1;
  #elementLine = 1;
  #depth = 0;
  #inString = false;
  #escape = false;
  #chunks: Buffer[] = [];
  #bytes = 0;
  #tooLarge = false;
  #tooDeep = false;

  constructor(limits: ArraySplitLimits, emit: (element: ArrayElement) => void) {
    this.#limits = limits;
    this.#emit = emit;
  }

  push(data: Buffer): void {
    let from = 0; // where the current element's bytes start in `data`
    for (let at = 0; at < data.length; at++) {
      const byte = data[at] ?? 0;
      if (byte === NEWLINE) this.#line++;
      switch (this.#phase) {
        case 'before':
          if (isSpace(byte)) continue;
          // The caller hands over only what starts with `[`.
          this.#phase = 'between';
          continue;
        case 'between':
          if (isSpace(byte)) continue;
          if (byte === COMMA) {
            this.#problem(this.#afterComma || this.#index === 0 ? 'an empty element (a comma with nothing before it)' : undefined);
            this.#afterComma = true;
            continue;
          }
          if (isClose(byte)) {
            if (this.#afterComma) this.#problem('a trailing comma before the closing ]');
            this.#phase = 'after';
            continue;
          }
          this.#start(this.#line);
          from = at;
          break;
        case 'after':
          if (!isSpace(byte)) {
            this.#problem('text after the array’s closing ]');
            this.#phase = 'done';
          }
          continue;
        case 'done':
          continue;
        case 'element':
          break;
      }
      // Inside an element.
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (byte === BACKSLASH) this.#escape = true;
        else if (byte === QUOTE) this.#inString = false;
        continue;
      }
      if (byte === QUOTE) this.#inString = true;
      else if (isOpen(byte)) {
        if (++this.#depth > this.#limits.maxDepth) this.#tooDeep = true;
      } else if (isClose(byte) || byte === COMMA) {
        if (this.#depth > 0) {
          if (byte !== COMMA) this.#depth--;
          continue;
        }
        // The element ends here; the byte belongs to the array.
        this.#keep(data.subarray(from, at), this.#chunks.length === 0 && this.#bytes === 0);
        this.#finish();
        this.#afterComma = byte === COMMA;
        this.#phase = byte === COMMA ? 'between' : 'after';
      }
    }
    if (this.#phase === 'element') this.#keep(data.subarray(from));
  }

  /** The input ended: an element still open, or an array never closed, is reported. */
  end(): void {
    if (this.#phase === 'element') {
      this.#tooLarge = false;
      this.#tooDeep = false;
      this.#chunks = [];
      this.#emit({ index: this.#index++, line: this.#elementLine, problem: 'not JSON: the input ends inside this element (the array is not closed)' });
      this.#phase = 'done';
    } else if (this.#phase === 'between') {
      this.#problem('the input ends before the array’s closing ]');
      this.#phase = 'done';
    }
  }

  #start(line: number): void {
    this.#phase = 'element';
    this.#elementLine = line;
    this.#depth = 0;
    this.#inString = false;
    this.#escape = false;
    this.#chunks = [];
    this.#bytes = 0;
    this.#tooLarge = false;
    this.#tooDeep = false;
  }

  /**
   * Adds bytes of the current element. `whole`: they are all of it (it started and ended in
   * this chunk), so they are handed on as they are; bytes kept across chunks are copied, since
   * the caller may reuse its chunk.
   */
  #keep(bytes: Buffer, whole = false): void {
    this.#bytes += bytes.length;
    if (this.#tooLarge || this.#tooDeep) return;
    if (this.#bytes > this.#limits.maxElementBytes) {
      this.#tooLarge = true;
      this.#chunks = [];
      return;
    }
    if (bytes.length > 0) this.#chunks.push(whole ? bytes : Buffer.from(bytes));
  }

  #finish(): void {
    const index = this.#index++;
    const line = this.#elementLine;
    if (this.#tooDeep)
      this.#emit({ index, line, problem: `not an event: nested deeper than ${this.#limits.maxDepth} levels (an event nests a few); skipped unread` });
    else if (this.#tooLarge)
      this.#emit({
        index,
        line,
        problem: `not an event: the element is longer than ${this.#limits.maxElementBytes} bytes (an event is at most 64 KiB); skipped unread`,
      });
    else this.#emit({ index, line, bytes: this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks, this.#bytes) });
    this.#chunks = [];
  }

  /** A mistake of the array itself, reported as the element at this position; undefined: none. */
  #problem(what: string | undefined): void {
    if (what === undefined) return;
    this.#emit({ index: this.#index++, line: this.#line, problem: `not JSON: ${what}` });
  }
}
