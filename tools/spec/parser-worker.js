// @ts-check
// The AsyncAPI parser on its own thread, started by lint-with-parser.ts. It builds the parser
// as soon as the thread starts, before the first document arrives, then parses each document
// it is sent, in turn, and answers with the diagnostics as plain data.
// Plain JavaScript: a worker inherits neither tsx's loader nor vitest's.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

/** @typedef {import('./lint-with-parser.js').ParserDiagnostic} ParserDiagnostic */
/** @typedef {{ id: number, text: string, file: string }} ParseRequest */

/** @type {typeof import('@asyncapi/parser')} */
const { Parser } = createRequire(import.meta.url)('@asyncapi/parser');
// The cached structure check reaches into the parser's own files; should an upgrade of the
// parser move them, the parser runs as it comes, slower but with the same verdict (and
// test/tools/spec/cached-structure-check.test.ts fails, to say the speed-up is gone).
const cached = await import('./cached-structure-check.js').then(
  (module) => module.cachedStructureRules,
  () => undefined,
);
const parser = new Parser(cached ? { ruleset: cached } : {});

if (!parentPort) throw new Error('parser-worker.js runs as a worker thread (see lint-with-parser.ts)');
const port = parentPort;

port.on('message', (/** @type {ParseRequest} */ { id, text, file }) => {
  parser
    .parse(text, { source: file })
    .then(({ diagnostics }) => {
      /** @type {ParserDiagnostic[]} */
      const plain = diagnostics.map((d) => ({
        code: String(d.code),
        message: d.message,
        severity: d.severity,
        path: d.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        line: d.range.start.line,
        character: d.range.start.character,
      }));
      port.postMessage({ id, diagnostics: plain });
    })
    .catch((/** @type {unknown} */ error) => port.postMessage({ id, crashed: String((error instanceof Error && error.stack) || error) }));
});
