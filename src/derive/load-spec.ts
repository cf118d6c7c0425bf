import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';
import { parseDocument } from 'yaml';
import type { Problem } from './problem.js';
import { createSourceLocator, type SourcePosition } from './source-locator.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface LoadedSpec {
  readonly file: string;
  readonly text: string;
  /** The document as plain data, exactly as written (no `x-parser-*` keys). */
  readonly raw: JsonObject;
  readonly locate: (path: readonly (string | number)[]) => SourcePosition | undefined;
}

export type LoadResult = { ok: true; spec: LoadedSpec } | { ok: false; problems: Problem[] };

/**
 * Reads and validates the contract source. YAML syntax first (so a typo gets its line),
 * then the AsyncAPI parser, whose errors and warnings both count: the document must be clean.
 * The parser is used as a gate only; derivation reads the plain data, which carries no
 * parser annotations.
 */
export async function loadSpec(file: string): Promise<LoadResult> {
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

  const parser = new Parser();
  const { diagnostics } = await parser.parse(text, { source: file });
  const problems: Problem[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== DiagnosticSeverity.Error && diagnostic.severity !== DiagnosticSeverity.Warning) continue;
    const path = diagnostic.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    problems.push({
      code: `asyncapi/${String(diagnostic.code)}`,
      message: diagnostic.message,
      path,
      fix: fixForParserDiagnostic(String(diagnostic.code)),
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, spec: { file, text, raw: raw as JsonObject, locate } };
}

function fixForParserDiagnostic(code: string): string {
  if (code.includes('ref') || code === 'invalid-ref') return 'Point the $ref at a definition that exists, e.g. #/components/schemas/<Name>.';
  return 'Change the document so it follows AsyncAPI 3.0.0 (https://www.asyncapi.com/docs/reference/specification/v3.0.0).';
}
