import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { Problem } from './problem.js';
import { lintWithParser } from './lint-with-parser.js';
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

/**
 * Reads the contract source. YAML syntax is checked here (so a typo gets its line); the
 * AsyncAPI parser starts on another thread and its verdict arrives as `parserProblems`.
 * The parser is used as a gate only; derivation reads the plain data, which carries no
 * parser annotations.
 */
export async function loadSpec(file: string, lint: (text: string, file: string) => Promise<Problem[]> = lintWithParser): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return {
      ok: false,
      problems: [{ code: 'unreadable_file', message: `cannot read ${file} (${reason})`, path: [], fix: 'Run the command from the repository root, or pass the path to asyncapi.yaml.' }],
    };
  }

  const yamlDocument = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
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
  const raw = yamlDocument.toJS({ maxAliasCount: 1000 }) as unknown;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ code: 'not_a_contract', message: `${file} is not a YAML mapping`, path: [], fix: 'Start the file with `asyncapi: 3.0.0`.' }] };
  }
  const locate = createSourceLocator(text);
  return { ok: true, spec: { file, text, raw: raw as JsonObject, locate, parserProblems: lint(text, file) } };
}
