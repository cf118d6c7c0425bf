import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Problem } from './problem.js';

/** A parser diagnostic as plain data, the form it crosses the thread boundary in. */
export interface ParserDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly severity: number;
  readonly line: number;
  readonly character: number;
}

// Runs inside the worker. Plain JavaScript on purpose: a worker does not inherit tsx's
// loader, and this is all it needs to do.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { Parser } = await import(workerData.parserUrl);
  const { diagnostics } = await new Parser().parse(workerData.text, { source: workerData.file });
  parentPort.postMessage(diagnostics.map((d) => ({
    code: String(d.code), message: d.message, severity: d.severity,
    path: d.path.map((s) => (typeof s === 'number' ? s : String(s))),
    line: d.range.start.line, character: d.range.start.character,
  })));
})().catch((error) => parentPort.postMessage({ crashed: String(error && error.stack || error) }));
`;

const ERROR = 0;
const WARNING = 1;

/**
 * Validates the document with @asyncapi/parser (schema validation plus its recommended
 * rules) in a worker thread. Importing and running the parser takes about two seconds, the
 * longest step of `generate`; on a second core it overlaps with everything else, and
 * derivation never needs the parsed model (it reads the plain YAML data). Errors and warnings
 * both count: the document must be clean.
 */
export function lintWithParser(text: string, file: string, signal?: AbortSignal): Promise<Problem[]> {
  const parserUrl = pathToFileURL(createRequire(import.meta.url).resolve('@asyncapi/parser')).href;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { text, file, parserUrl } });
  return new Promise<Problem[]>((resolve, reject) => {
    // Past the caller's deadline the thread is stopped: a parser spinning on a document must not
    // keep the process alive. The caller has its own verdict by then.
    signal?.addEventListener('abort', () => {
      void worker.terminate();
      resolve([]);
    }, { once: true });
    worker.once('error', reject);
    worker.once('message', (message: ParserDiagnostic[] | { crashed: string }) => {
      void worker.terminate();
      if (!Array.isArray(message)) {
        reject(new Error(`@asyncapi/parser failed: ${message.crashed}`));
        return;
      }
      resolve(parserVerdict(message));
    });
  });
}

/**
 * The parser's diagnostics as pipeline problems: errors and warnings count, infos do not.
 * Shared with the docs worker, whose parse stands in for this one when it runs.
 */
export function parserVerdict(diagnostics: readonly ParserDiagnostic[]): Problem[] {
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

function fixFor(code: string): string {
  if (code.includes('ref')) return 'Point the $ref at a definition that exists, e.g. #/components/schemas/<Name>.';
  return 'Change the document so it follows AsyncAPI 3.0.0 (https://www.asyncapi.com/docs/reference/specification/v3.0.0).';
}
