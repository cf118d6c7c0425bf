import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from './problem.js';
import { lintWithParser } from './lint-with-parser.js';
import { findUnsafeRefs } from './reference-safety.js';
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
 * How long the AsyncAPI parser may take. A parse takes about a second alone, but up to a minute
 * on a machine whose cores are all busy with other work (a whole `npm run generate` took 62 s
 * there, and once failed this deadline when it was 60 s); a document that keeps its resolver
 * busy for five minutes is not going to finish.
 */
export const PARSER_DEADLINE_MS = 300_000;

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

/** The parser's verdict, or one problem saying it ran out of time (and its thread is told to stop). */
function withDeadline(lint: SpecLinter, text: string, file: string, deadlineMs: number): Promise<Problem[]> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Problem[]>((resolve) => {
    timer = setTimeout(() => {
      resolve([
        {
          code: 'parser_timeout',
          message: `the AsyncAPI parser did not finish within ${deadlineMs >= 1000 ? `${Math.round(deadlineMs / 1000)} s` : `${deadlineMs} ms`}`,
          path: [],
          fix: 'Look for references that only lead to other references, or an extremely deep or large document, and simplify it; then run the command again.',
        },
      ]);
      controller.abort();
    }, deadlineMs);
    timer.unref();
  });
  const verdict = lint(text, file, controller.signal);
  return Promise.race([verdict, timedOut]).finally(() => clearTimeout(timer));
}

/**
 * The plain data of a contract text, or its problems: YAML syntax (with the line), an alias
 * bomb, or a document that is not a mapping. Shared by the spec and the released contracts.
 */
export function readContractYaml(
  text: string,
  file: string,
): { ok: true; raw: JsonObject; locate: (path: readonly (string | number)[]) => SourcePosition | undefined } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
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
  return { ok: true, raw: raw as JsonObject, locate };
}

/**
 * Reads the contract source. YAML syntax is checked here (so a typo gets its line), then the
 * references (only local ones, no cycles), and only then does the AsyncAPI parser start, on
 * another thread, within a deadline; its verdict arrives as `parserProblems`. The parser is
 * used as a gate only; derivation reads the plain data, which carries no parser annotations.
 */
export async function loadSpec(file: string, lint?: SpecLinter, options: LoadOptions = {}): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      problems: [
        {
          code: 'unreadable_file',
          message: `cannot read ${file} (${reason})`,
          path: [],
          fix: 'Run the command from the repository root, or pass the path to asyncapi.yaml.',
        },
      ],
    };
  }

  const read = readContractYaml(text, file);
  if (!read.ok) return read;
  const { raw, locate } = read;
  // Before the parser starts: it would fetch remote references, read other files, and spin on a cycle.
  const unsafe = findUnsafeRefs(raw);
  if (unsafe.length > 0) {
    return { ok: false, problems: unsafe.map((problem) => ({ ...problem, ...locate(problem.path) })) };
  }
  const parserProblems = withDeadline(lint ?? options.lint ?? lintWithParser, text, file, options.parserDeadlineMs ?? PARSER_DEADLINE_MS);
  return { ok: true, spec: { file, text, raw, locate, parserProblems } };
}
