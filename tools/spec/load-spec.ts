import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { CST, Lexer, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from './problem.js';
import { lintWithParser } from './lint-with-parser.js';
import { findUnsafeRefs, LoadDeadlinePassed } from './reference-safety.js';
import { createSourceLocator, type SourcePosition } from './source-locator.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface LoadedSpec {
  readonly file: string;
  readonly text: string;
  /** The document as plain data, exactly as written (no `x-parser-*` keys). */
  readonly raw: JsonObject;
  readonly locate: (path: readonly (string | number)[]) => SourcePosition | undefined;
  /** The AsyncAPI parser's errors and warnings; settles later (it runs on another thread). */
  readonly parserProblems: Promise<Problem[]>;
}

export type LoadResult = { ok: true; spec: LoadedSpec } | { ok: false; problems: Problem[] };

/** The AsyncAPI parser's check: told through `signal` when its time is up, so it can stop its thread. */
export type SpecLinter = (text: string, file: string, signal: AbortSignal) => Promise<Problem[]>;

/**
 * How long loading a contract may take, the AsyncAPI parser included. A load takes about a
 * second; a document that keeps a resolver busy for a minute is not going to finish.
 */
export const PARSER_DEADLINE_MS = 60_000;

/**
 * The largest contract the tools read, checked before a byte is parsed. Today's is 182 KB;
 * this leaves room for twenty times as many events, and refuses a file that would take a
 * parser minutes and gigabytes (a 98 MB document did).
 */
export const MAX_SPEC_BYTES = 4 * 1024 * 1024;

/**
 * How deeply mappings and sequences may nest. The contract's deepest value is 11 levels down;
 * 10,000 levels ran the YAML parser out of stack, and every tool walks the document.
 */
export const MAX_NESTING_DEPTH = 64;

/** Aliases one document may expand: the real spec has none; a billion-laughs bomb has billions. */
const MAX_ALIAS_COUNT = 1000;

export interface LoadOptions {
  readonly parserDeadlineMs?: number;
  /** The AsyncAPI parser's check, when the caller does not pass one (default lintWithParser). */
  readonly lint?: SpecLinter;
}

/** The line of the first alias: where an alias bomb starts to expand. */
function firstAliasLine(document: Document, text: string): { line: number; column: number } | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const formatMs = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

/** The parser's verdict, or one problem saying it ran out of time (and its thread is told to stop). */
function withDeadline(lint: SpecLinter, text: string, file: string, deadlineMs: number, remainingMs: number): Promise<Problem[]> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Problem[]>((resolve) => {
    timer = setTimeout(() => {
      resolve([
        {
          code: 'parser_timeout',
          message: `the AsyncAPI parser did not finish within ${formatMs(deadlineMs)}`,
          path: [],
          fix: 'Look for references that only lead to other references, or an extremely deep or large document, and simplify it; then run the command again.',
        },
      ]);
      controller.abort();
    }, remainingMs);
    timer.unref();
  });
  const verdict = lint(text, file, controller.signal);
  return Promise.race([verdict, timedOut]).finally(() => clearTimeout(timer));
}

function tooLarge(bytes: number): Problem {
  return {
    code: 'spec_too_large',
    message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a contract may be at most ${MAX_SPEC_BYTES / 1024 / 1024} MB (${MAX_SPEC_BYTES} bytes)`,
    path: [],
    fix: 'Check that this is the contract (asyncapi.yaml is under 200 KB), and remove what was generated or pasted into it.',
  };
}

function tooDeep(path: readonly (string | number)[], position: { line: number; column: number } | undefined): Problem {
  return {
    code: 'yaml_too_deep',
    message: `the document nests more than ${MAX_NESTING_DEPTH} mappings or sequences deep`,
    path,
    fix: `Flatten the structure: the contract nests 11 levels at most, and no tool reads deeper than ${MAX_NESTING_DEPTH}; move deep schemas into components and reference them.`,
    ...position,
  };
}

/** The path of the first value nested deeper than MAX_NESTING_DEPTH, found without recursion. */
function tooDeepPath(raw: JsonObject): (string | number)[] | undefined {
  // Depths only on the way down (this runs on every load); the path is built for the one found.
  interface Entry {
    readonly node: unknown;
    readonly depth: number;
    readonly key: string | number;
    readonly parent: Entry | undefined;
  }
  const stack: Entry[] = [{ node: raw, depth: 0, key: '', parent: undefined }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth } = entry;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_NESTING_DEPTH) {
      const path: (string | number)[] = [];
      for (let at: Entry | undefined = entry; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
      return path;
    }
    if (Array.isArray(node)) node.forEach((child, index) => stack.push({ node: child, depth: depth + 1, key: index, parent: entry }));
    else for (const key in node) stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, key, parent: entry });
  }
  return undefined;
}

/**
 * Where a document too deep to parse first goes past MAX_NESTING_DEPTH, from the YAML lexer
 * (which does not recurse): flow brackets, and the indentation of block lines and of the
 * entries after `- ` and `? `. Block scalars and quoted text are single tokens, so their
 * content never counts.
 */
function firstTooDeepLine(text: string): { line: number; column: number } | undefined {
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let lineStart = 0;
  let line = 1;
  let atLineStart = true;
  let afterIndicator = false;
  let scalarNext = false;
  let blockScalar = false;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'doc-mode' || type === 'flow-error-end') continue;
    if (type === 'scalar') {
      scalarNext = true;
      continue;
    }
    const start = offset;
    offset += token.length;
    const newlines = scalarNext ? (token.match(/\n/g)?.length ?? 0) : 0;
    if (type === 'newline') {
      line++;
      lineStart = offset;
      atLineStart = true;
      continue;
    }
    if (type === 'block-scalar-header') blockScalar = true;
    if (scalarNext && blockScalar) {
      // A block scalar's content, indentation included: text, not structure.
      line += token.match(/\n/g)?.length ?? 0;
      lineStart = offset;
      atLineStart = true;
      scalarNext = false;
      blockScalar = false;
      continue;
    }
    if (type === 'space' && !scalarNext) continue;
    if (type === 'comment') continue;
    if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
    else if (type === 'flow-map-end' || type === 'flow-seq-end') flow = Math.max(0, flow - 1);
    if (flow === 0 && (atLineStart || afterIndicator)) {
      const column = start - lineStart;
      while (columns.length > 0 && (columns.at(-1) ?? 0) >= column && !afterIndicator) columns.pop();
      if (columns.length === 0 || (columns.at(-1) ?? 0) < column) columns.push(column);
    }
    if (columns.length + flow > MAX_NESTING_DEPTH) return { line, column: start - lineStart + 1 };
    afterIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind';
    atLineStart = false;
    if (newlines > 0) {
      // A multi-line scalar (a block scalar's content): the next token starts a line.
      line += newlines;
      lineStart = offset;
      atLineStart = token.endsWith('\n');
    }
    scalarNext = false;
  }
  return undefined;
}

/**
 * The plain data of a contract text, or its problems: YAML syntax (with the line), an alias
 * bomb, or a document that is not a mapping. Shared by the spec and the released contracts.
 */
export function readContractYaml(
  text: string,
  file: string,
): { ok: true; raw: JsonObject; locate: (path: readonly (string | number)[]) => SourcePosition | undefined } | { ok: false; problems: Problem[] } {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_SPEC_BYTES) return { ok: false, problems: [tooLarge(bytes)] };
  const lineCounter = new LineCounter();
  let yamlDocument: Document.Parsed;
  try {
    yamlDocument = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  } catch (error) {
    // The parser recurses once per level: a document nested thousands deep exhausts the stack.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, problems: [tooDeep([], firstTooDeepLine(text))] };
  }
  // The parser recurses once per level and reports running out of stack as a syntax error.
  const overflow = yamlDocument.errors.find((error) => error.message.includes('Maximum call stack size exceeded'));
  if (overflow) {
    const position = overflow.linePos ? { line: overflow.linePos[0].line, column: overflow.linePos[0].col } : undefined;
    return { ok: false, problems: [tooDeep([], firstTooDeepLine(text) ?? position)] };
  }
  if (yamlDocument.errors.length > 0) {
    return {
      ok: false,
      problems: yamlDocument.errors.map((error) => ({
        code: 'yaml_syntax',
        message: `YAML syntax error: ${(error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')}`,
        path: [],
        fix: 'Correct the YAML at that line (indentation, a missing colon, or an unquoted special character).',
        ...(error.linePos ? { line: error.linePos[0].line, column: error.linePos[0].col } : {}),
      })),
    };
  }
  let raw: unknown;
  try {
    raw = yamlDocument.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problems: [tooDeep([], firstTooDeepLine(text))] };
    // The yaml library's guard against alias bombs ("billion laughs") throws; say it as a problem.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      problems: [
        {
          code: 'yaml_alias_bomb',
          message: `YAML aliases expand past ${MAX_ALIAS_COUNT} copies (an alias bomb)`,
          path: [],
          fix: 'Write the values out instead of using YAML anchors and aliases (&name / *name); the contract needs none.',
          ...firstAliasLine(yamlDocument, text),
        },
      ],
    };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ code: 'not_a_contract', message: `${file} is not a YAML mapping`, path: [], fix: 'Start the file with `asyncapi: 3.0.0`.' }],
    };
  }
  // Built on first use, from this parse: only a problem needs it.
  let locator: ReturnType<typeof createSourceLocator> | undefined;
  const locate = (path: readonly (string | number)[]): SourcePosition | undefined => {
    locator ??= createSourceLocator(yamlDocument, lineCounter);
    return locator(path);
  };
  const deep = tooDeepPath(raw as JsonObject);
  if (deep) return { ok: false, problems: [tooDeep(deep, locate(deep))] };
  return { ok: true, raw: raw as JsonObject, locate };
}

/**
 * Reads the contract source. YAML syntax is checked here (so a typo gets its line), then the
 * references (only local ones, no cycles), and only then does the AsyncAPI parser start, on
 * another thread, within a deadline; its verdict arrives as `parserProblems`. The parser is
 * used as a gate only; derivation reads the plain data, which carries no parser annotations.
 */
export async function loadSpec(file: string, lint?: SpecLinter, options: LoadOptions = {}): Promise<LoadResult> {
  const deadlineMs = options.parserDeadlineMs ?? PARSER_DEADLINE_MS;
  const deadline = Date.now() + deadlineMs;
  const read = await readContractFile(file);
  if (!read.ok) return read;
  const { text } = read;
  const yaml = readContractYaml(text, file);
  if (!yaml.ok) return yaml;
  const { raw, locate } = yaml;
  // Before the parser starts: it would fetch remote references, read other files, and spin on a cycle.
  let unsafe: Problem[];
  try {
    unsafe = findUnsafeRefs(raw, deadline);
  } catch (error) {
    if (!(error instanceof LoadDeadlinePassed)) throw error;
    unsafe = [loadTimeout(deadlineMs)];
  }
  if (unsafe.length > 0) {
    return { ok: false, problems: unsafe.map((problem) => ({ ...problem, ...locate(problem.path) })) };
  }
  // What the checks above took comes out of the parser's time: the whole load has one deadline.
  const parserProblems = withDeadline(lint ?? options.lint ?? lintWithParser, text, file, deadlineMs, Math.max(0, deadline - Date.now()));
  return { ok: true, spec: { file, text, raw, locate, parserProblems } };
}

const unreadable = (file: string, reason: string): Problem => ({
  code: 'unreadable_file',
  message: `cannot read ${file} (${reason})`,
  path: [],
  fix: 'Run the command from the repository root, or pass the path to asyncapi.yaml.',
});

/**
 * A contract file's text, read only when it is a regular file within MAX_SPEC_BYTES: a FIFO
 * would block the read forever and `/dev/zero` never ends. Opened without blocking, checked on
 * the open handle, and read no further than the cap even if the file grows meanwhile.
 */
export async function readContractFile(file: string): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problems: [unreadable(file, error instanceof Error && 'code' in error ? String(error.code) : String(error))] };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return {
        ok: false,
        problems: [
          {
            code: 'not_a_regular_file',
            message: 'the path is not a regular file (a device, FIFO, socket or folder): nothing was read from it',
            path: [],
            fix: 'Pass the path of the contract file itself, asyncapi.yaml.',
          },
        ],
      };
    }
    if (stats.size > MAX_SPEC_BYTES) return { ok: false, problems: [tooLarge(stats.size)] };
    const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_SPEC_BYTES) return { ok: false, problems: [tooLarge(length)] };
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { ok: false, problems: [unreadable(file, error instanceof Error && 'code' in error ? String(error.code) : String(error))] };
  } finally {
    await handle.close();
  }
}

function loadTimeout(deadlineMs: number): Problem {
  return {
    code: 'load_timeout',
    message: `loading the contract did not finish within ${formatMs(deadlineMs)}`,
    path: [],
    fix: 'Look for references that only lead to other references, or an extremely deep or large document, and simplify it; then run the command again.',
  };
}
