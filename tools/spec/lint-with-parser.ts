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

const ERROR = 0;
const WARNING = 1;

type WorkerReply = { readonly id: number; readonly diagnostics: ParserDiagnostic[] } | { readonly id: number; readonly crashed: string };

interface ParserThread {
  readonly worker: Worker;
  readonly waiting: Map<number, { resolve: (problems: Problem[]) => void; reject: (error: Error) => void }>;
  next: number;
}

// One thread per process, started on first use or earlier (startParserThread): loading the
// parser is half a lint's cost, and a process that checks several documents (the gate reads
// two, the tests many) pays it once. It never keeps the process alive while idle.
let thread: ParserThread | undefined;

function parserThread(): ParserThread {
  if (thread) return thread;
  // Plain JavaScript needs no loader: without the process's own flags (`--import tsx`), every
  // module the parser requires loads without passing through a TypeScript hook.
  const worker = new Worker(new URL('./parser-worker.js', import.meta.url), { execArgv: [] });
  const started: ParserThread = { worker, waiting: new Map(), next: 0 };
  const fail = (error: Error): void => {
    if (thread === started) thread = undefined;
    for (const { reject } of started.waiting.values()) reject(error);
    started.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('@asyncapi/parser stopped before it answered')));
  worker.on('message', (reply: WorkerReply) => {
    const request = started.waiting.get(reply.id);
    if (!request) return;
    started.waiting.delete(reply.id);
    if (started.waiting.size === 0) worker.unref();
    if ('crashed' in reply) request.reject(new Error(`@asyncapi/parser failed: ${reply.crashed}`));
    else request.resolve(parserVerdict(reply.diagnostics));
  });
  // After the listeners: adding a 'message' listener holds the process open again.
  worker.unref();
  thread = started;
  return started;
}

/**
 * Starts loading the parser on its thread now, so that it is ready when the first document
 * comes: a command that will lint calls this before loading the rest of itself.
 */
export function startParserThread(): void {
  parserThread();
}

/**
 * Validates the document with @asyncapi/parser (schema validation plus its recommended
 * rules) on a worker thread. Importing and running the parser is the longest step of
 * `generate`; on a second core it overlaps with everything else, and derivation never needs
 * the parsed model (it reads the plain YAML data). Errors and warnings both count: the
 * document must be clean. Aborting (the loader's deadline) stops the thread: a parser spinning
 * on a document must not keep the process alive; the next lint starts a fresh one.
 */
export function lintWithParser(text: string, file: string, signal?: AbortSignal): Promise<Problem[]> {
  const current = parserThread();
  const id = current.next++;
  return new Promise<Problem[]>((resolve, reject) => {
    current.waiting.set(id, { resolve, reject });
    current.worker.ref();
    signal?.addEventListener(
      'abort',
      () => {
        current.waiting.delete(id);
        if (thread === current) thread = undefined;
        void current.worker.terminate();
        resolve([]);
      },
      { once: true },
    );
    current.worker.postMessage({ id, text, file });
  });
}

/** The parser's diagnostics as pipeline problems: errors and warnings count, infos do not. */
function parserVerdict(diagnostics: readonly ParserDiagnostic[]): Problem[] {
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
