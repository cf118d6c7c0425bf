import type { ConformanceCase } from './case-model.js';
import { freshEvent, signedStep, type SourceExample } from './case-steps.js';

/** Every non-ASCII character as a `\uXXXX` escape, as Python's `json.dumps` writes by default. */
const asciiEscaped = (json: string): string => json.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Every `/` as `\/`, as PHP's `json_encode` writes by default (outside strings JSON has no `/`). */
const slashEscaped = (json: string): string => json.replace(/\//g, '\\/');

/** True when a receiver that verifies `JSON.stringify(JSON.parse(body))` would see other bytes. */
const losesBytesInRoundTrip = (body: string): boolean => JSON.stringify(JSON.parse(body)) !== body;

const RAW_BYTES_FIX =
  'Verify the exact bytes received, before parsing: re-serialized JSON loses escapes and spacing (express.raw({ type: "application/json" }), request.text()).';

/**
 * Bodies whose bytes are not what `JSON.stringify` of their content gives. The spec does not
 * make the bytes canonical, so a receiver that verifies a re-serialized body instead of the raw
 * one breaks on real deliveries; with every other case's body compact, only these catch it.
 */
export function rawBytesCases(input: { base: SourceExample; withNonAscii: SourceExample }): ConformanceCase[] {
  const unicode = freshEvent(input.withNonAscii, 'accept.raw-bytes.unicode-escapes');
  const slashes = freshEvent(input.base, 'accept.raw-bytes.escaped-slashes');
  const spaced = freshEvent(input.base, 'accept.raw-bytes.spacing');
  const cases: ConformanceCase[] = [
    {
      id: 'accept.raw-bytes.unicode-escapes',
      group: 'accept',
      title: 'a body with non-ASCII characters as \\uXXXX escapes (as Python writes JSON): 2xx',
      steps: [{ ...signedStep(unicode, '2xx'), body: asciiEscaped(JSON.stringify(unicode.payload)) }],
      inspect: [],
      fix: RAW_BYTES_FIX,
    },
    {
      id: 'accept.raw-bytes.escaped-slashes',
      group: 'accept',
      title: 'a body with / written as \\/ (as PHP writes JSON): 2xx',
      steps: [{ ...signedStep(slashes, '2xx'), body: slashEscaped(JSON.stringify(slashes.payload)) }],
      inspect: [],
      fix: RAW_BYTES_FIX,
    },
    {
      id: 'accept.raw-bytes.spacing',
      group: 'accept',
      title: 'a body with spaces and newlines between its tokens: 2xx',
      steps: [{ ...signedStep(spaced, '2xx'), body: `${JSON.stringify(spaced.payload, null, 2)}\n` }],
      inspect: [],
      fix: RAW_BYTES_FIX,
    },
  ];
  for (const testCase of cases) {
    const body = testCase.steps[0]?.body ?? '';
    if (!losesBytesInRoundTrip(body))
      throw new Error(`conformance: ${testCase.id} needs a body that a parse and re-serialize changes; the example has nothing to escape`);
  }
  return cases;
}

/**
 * Requests whose HTTP framing lies, each followed by nothing: a negative Content-Length, a
 * negative chunk size, and a chunk-size line that never ends. Node's and most servers' parsers
 * refuse them with 400 before the handler runs; a receiver that reads the body by hand
 * (Python's http.server) and trusts them reads until the connection closes, or buffers a line
 * for ever, so an attacker's stream grows it without bound. Here it just never answers.
 */
export function malformedFramingCases(input: { base: SourceExample }): ConformanceCase[] {
  const endlessLine = 'f'.repeat(4096);
  const framings = [
    {
      id: 'limits.framing.negative-length',
      title: 'Content-Length: -1, then the body: refused without waiting for the connection to close',
      framing: { kind: 'content-length' as const, value: '-1' },
      fix: 'Refuse a Content-Length that is not digits (400) before reading: Python’s rfile.read(-1) reads until the sender closes, holding all it sends.',
    },
    {
      id: 'limits.framing.negative-chunk-size',
      title: 'a chunked body whose chunk size is -1: refused without waiting for the connection to close',
      framing: { kind: 'chunk-size' as const, line: '-1', endLine: true },
      fix: 'Refuse a chunk size that is not hexadecimal digits (400): int("-1", 16) is -1, and read(-1) reads until the sender closes.',
    },
    {
      id: 'limits.framing.endless-chunk-size',
      title: `a chunked body whose chunk-size line runs ${endlessLine.length} hex digits without a line end: refused without waiting for the rest`,
      framing: { kind: 'chunk-size' as const, line: endlessLine, endLine: false },
      fix: 'Read a chunk-size line with a bound (readline(limit)) and refuse a longer one (400): an unbounded readline() buffers whatever arrives until a newline that never comes.',
    },
  ];
  return framings.map(({ id, title, framing, fix }) => ({
    id,
    group: 'refuse' as const,
    title,
    steps: [{ ...signedStep(freshEvent(input.base, id), 'refused-or-closed'), malformedFraming: framing }],
    inspect: [],
    fix,
  }));
}

/**
 * A body over the contract's size limit, of which only the limit plus one byte is sent: a
 * receiver that refuses it once it passes the limit answers 413; one that reads the whole
 * body first (and would hold gigabytes an attacker sends) waits for bytes that never come.
 */
export function oversizeCases(input: { base: SourceExample; maxPayloadBytes: number }): ConformanceCase[] {
  const limit = input.maxPayloadBytes;
  const totalBytes = limit * 16;
  const sendBytes = limit + 1;
  const framings = [
    {
      framing: 'content-length' as const,
      title: `a ${totalBytes}-byte body (the limit is ${limit}) with its content-length, ${sendBytes} bytes of it sent: 413 without waiting for the rest`,
      fix: `Answer 413 as soon as content-length is over ${limit} bytes, without reading the body (express.raw() reads the whole body before it answers: use the library's createNodeMiddleware).`,
    },
    {
      framing: 'chunked' as const,
      title: `a chunked body with no declared length, ${sendBytes} bytes sent (the limit is ${limit}): 413 (or 411) without waiting for the rest`,
      fix: `Count bytes while reading and answer 413 once the body passes ${limit} bytes, without waiting for the rest (or 411 to any body without content-length).`,
    },
  ];
  return framings.map(({ framing, title, fix }) => {
    const id = `limits.body-too-large.${framing === 'chunked' ? 'chunked' : 'declared'}`;
    return {
      id,
      group: 'refuse',
      title,
      steps: [{ ...signedStep(freshEvent(input.base, id), '413'), oversize: { totalBytes, sendBytes, framing } }],
      inspect: [],
      fix,
    };
  });
}
