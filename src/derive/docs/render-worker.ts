import { Worker } from 'node:worker_threads';

/** A parser diagnostic as plain data, the form it crosses the thread boundary in. */
export interface WorkerDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly severity: number;
  readonly line: number;
  readonly character: number;
}

/** What the worker needs: the spec text, the template folder, where to render, whether to transpile. */
export interface RenderJob {
  readonly text: string;
  readonly file: string;
  readonly templateDir: string;
  readonly outDir: string;
  readonly compile: boolean;
}

export interface RenderRun {
  /** The parser's diagnostics; settles as soon as the spec is parsed. */
  readonly diagnostics: Promise<WorkerDiagnostic[]>;
  /** Settles when the generator has written the pages into `outDir`. */
  readonly rendered: Promise<void>;
}

// Runs inside the worker. Plain CommonJS: a worker does not inherit tsx's loader. One parse
// serves two purposes: its diagnostics are the pipeline's parser verdict, and its document is
// what the generator renders (the generator accepts an already parsed document).
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { createRequire } = require('node:module');
(async () => {
  const requireHere = createRequire(job.base);
  const { Parser } = requireHere('@asyncapi/parser');
  const { document, diagnostics } = await new Parser().parse(job.text, { source: job.file });
  parentPort.postMessage({ diagnostics: diagnostics.map((d) => ({
    code: String(d.code), message: d.message, severity: d.severity,
    path: d.path.map((s) => (typeof s === 'number' ? s : String(s))),
    line: d.range.start.line, character: d.range.start.character,
  })) });
  if (!document) return parentPort.postMessage({ skipped: true });
  // Loaded only for a valid document: a rejected spec does not pay for it.
  const Generator = requireHere('@asyncapi/generator');
  const generator = new Generator(job.templateDir, job.outDir, { forceWrite: true, compile: job.compile });
  await generator.generate(document);
  parentPort.postMessage({ done: true });
})().catch((error) => parentPort.postMessage({ failed: String((error && error.stack) || error) }));
`;

export class DocsRenderError extends Error {
  readonly code = 'docs_render_failed';
}

type WorkerMessage = { diagnostics: WorkerDiagnostic[] } | { done: true } | { skipped: true } | { failed: string };

/** Parses the spec and renders the docs template on another thread. */
export function startRenderWorker(job: RenderJob & { readonly base: string }): RenderRun {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
  let settleDiagnostics: { resolve: (value: WorkerDiagnostic[]) => void; reject: (error: Error) => void } | undefined;
  const diagnostics = new Promise<WorkerDiagnostic[]>((resolve, reject) => (settleDiagnostics = { resolve, reject }));
  const rendered = new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      settleDiagnostics?.reject(error);
      reject(error);
      void worker.terminate();
    };
    worker.once('error', (error) => fail(new DocsRenderError(`the docs generator crashed: ${error.message}`)));
    worker.on('message', (message: WorkerMessage) => {
      if ('diagnostics' in message) settleDiagnostics?.resolve(message.diagnostics);
      else if ('failed' in message)
        fail(new DocsRenderError(`the docs template failed: ${message.failed}\nFix templates/mintlify-webhooks (or the spec value it names) and rerun \`npm run generate\`.`));
      else {
        void worker.terminate();
        if ('done' in message) resolve();
        else reject(new DocsRenderError('the AsyncAPI parser rejected the spec, so no docs were rendered.'));
      }
    });
  });
  // Nobody may await `rendered` when the spec is broken; that is not an unhandled failure.
  rendered.catch(() => undefined);
  return { diagnostics, rendered };
}
