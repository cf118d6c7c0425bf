import type { Problem } from '../problem.js';
import type { WorkerDiagnostic } from './render-worker.js';

const ERROR = 0;
const WARNING = 1;

function fixFor(code: string): string {
  if (code.includes('ref')) return 'Point the $ref at a definition that exists, e.g. #/components/schemas/<Name>.';
  return 'Change the document so it follows AsyncAPI 3.0.0 (https://www.asyncapi.com/docs/reference/specification/v3.0.0).';
}

/**
 * The parser's diagnostics as pipeline problems, exactly as `lint-with-parser.ts` reports them
 * (errors and warnings count; the broken-spec suite pins the wording): the docs worker's parse
 * stands in for that worker's, so the spec is parsed once per run.
 */
export function parserVerdict(diagnostics: readonly WorkerDiagnostic[]): Problem[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === ERROR || diagnostic.severity === WARNING)
    .map((diagnostic) => ({
      code: `asyncapi/${diagnostic.code}`,
      message: diagnostic.message,
      path: diagnostic.path,
      fix: fixFor(diagnostic.code),
      line: diagnostic.line + 1,
      column: diagnostic.character + 1,
    }));
}
