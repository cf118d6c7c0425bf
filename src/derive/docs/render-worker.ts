import { Worker } from 'node:worker_threads';
import type { ParserDiagnostic } from '../lint-with-parser.js';

/** The parser's diagnostics as they cross the thread boundary. */
export type WorkerDiagnostic = ParserDiagnostic;

/** Where and how to render, once the emitter knows (the transpile cache is checked meanwhile). */
export interface RenderJob {
  readonly templateDir: string;
  readonly outDir: string;
  readonly compile: boolean;
}

export interface RenderRun {
  /** The parser's diagnostics; settles as soon as the spec is parsed. */
  readonly diagnostics: Promise<WorkerDiagnostic[]>;
  /** Settles when the generator has written the pages into the job's `outDir`. */
  readonly rendered: Promise<void>;
  /** Stops the worker; both promises reject. */
  readonly stop: () => void;
}

// Runs inside the worker. Plain CommonJS: a worker does not inherit tsx's loader. It loads the
// parser and the generator as soon as it starts, while the main thread is still loading its
// own modules; then one parse serves two purposes: its diagnostics are the pipeline's parser
// verdict, and its document is what the generator renders.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const inbox = { spec: null, render: null, waiters: [] };
parentPort.on('message', (message) => {
  Object.assign(inbox, message);
  inbox.waiters.splice(0).forEach((wake) => wake());
});
const until = (key) => new Promise((resolve) => {
  const check = () => (inbox[key] ? resolve(inbox[key]) : inbox.waiters.push(check));
  check();
});
(async () => {
  const requireHere = createRequire(workerData.base);
  const { Parser } = requireHere('@asyncapi/parser');
  const Generator = requireHere('@asyncapi/generator');
  const spec = await until('spec');
  const { document, diagnostics } = await new Parser().parse(spec.text, { source: spec.file });
  parentPort.postMessage({ diagnostics: diagnostics.map((d) => ({
    code: String(d.code), message: d.message, severity: d.severity,
    path: d.path.map((s) => (typeof s === 'number' ? s : String(s))),
    line: d.range.start.line, character: d.range.start.character,
  })) });
  if (!document) return parentPort.postMessage({ skipped: true });
  const job = await until('render');
  await new Generator(job.templateDir, job.outDir, { forceWrite: true, compile: job.compile }).generate(document);
  parentPort.postMessage({ done: true });
})().catch((error) => parentPort.postMessage({ failed: String((error && error.stack) || error) }));
`;

export class DocsRenderError extends Error {
  readonly code = 'docs_render_failed';
}

type WorkerMessage = { diagnostics: WorkerDiagnostic[] } | { done: true } | { skipped: true } | { failed: string };

/**
 * A worker that has started loading the parser and the generator. It does not keep the
 * process alive until it is given a spec: a run that stops before that leaves nothing waiting.
 */
export function spawnRenderWorker(base: string): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { base } });
  worker.unref();
  return worker;
}

/** Hands a spawned worker the spec; `render(job)` later says where to render it. */
export function runRenderWorker(worker: Worker, spec: { readonly text: string; readonly file: string }): RenderRun & { render: (job: RenderJob) => void } {
  worker.ref();
  let settleDiagnostics: { resolve: (value: WorkerDiagnostic[]) => void; reject: (error: Error) => void } | undefined;
  const diagnostics = new Promise<WorkerDiagnostic[]>((resolve, reject) => (settleDiagnostics = { resolve, reject }));
  let stop = (): void => undefined;
  const rendered = new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void => {
      settleDiagnostics?.reject(error);
      reject(error);
      void worker.terminate();
    };
    stop = () => fail(new DocsRenderError('the docs worker was stopped: the AsyncAPI parser did not finish in time.'));
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
  // Nobody awaits `rendered` when the spec is broken; that is not an unhandled failure.
  rendered.catch(() => undefined);
  worker.postMessage({ spec: { text: spec.text, file: spec.file } });
  // Nobody awaits the diagnostics of a stopped run either.
  diagnostics.catch(() => undefined);
  return { diagnostics, rendered, stop: () => stop(), render: (job) => worker.postMessage({ render: job }) };
}
