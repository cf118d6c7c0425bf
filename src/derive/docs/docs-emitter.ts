import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Emitter } from '../derive.js';
import type { OutputFile } from '../output.js';
import type { Problem } from '../problem.js';
import { parserVerdict } from '../lint-with-parser.js';
import { REPOSITORY_ROOT } from '../repository-root.js';
import type { Worker } from 'node:worker_threads';
import { runRenderWorker, spawnRenderWorker, type RenderRun } from './render-worker.js';
import { lockTranspile, needsCompile, stampPath, templateSourceHash, TRANSPILED_DIR } from './template-cache.js';

/** The template, kept in this repository and given to the generator as a local path. */
export const TEMPLATE_DIR = join(REPOSITORY_ROOT, 'templates', 'mintlify-webhooks');
/** The Mintlify site root: the template renders into it. */
export const DOCS_ROOT = 'docs';

const requireHere = createRequire(import.meta.url);

interface Run {
  readonly render: RenderRun;
  readonly cleanUpOnExit: () => void;
  readonly outDir: string;
  /** Settles after the render and, when this run transpiled the template, its stamp. */
  readonly finished: Promise<void>;
}

// One run per spec text: started by `parseSpec` when the pipeline reads the spec, collected by `emit`.
const runs = new Map<string, Promise<Run>>();

// A worker started by `prepare`, before the spec is read, so the parser and the generator load
// while the main thread loads its own modules.
let prepared: Worker | undefined;

function prepare(): void {
  prepared ??= spawnRenderWorker(import.meta.url);
}

async function startRun(text: string, file: string): Promise<Run> {
  const worker = prepared ?? spawnRenderWorker(import.meta.url);
  prepared = undefined;
  // Parsing starts now; the render waits for the transpile check below.
  const render = runRenderWorker(worker, { text, file });
  const generatorVersion = String((requireHere('@asyncapi/generator/package.json') as { version: string }).version);
  const sourceHash = await templateSourceHash(TEMPLATE_DIR, generatorVersion);
  let compile = await needsCompile(TEMPLATE_DIR, sourceHash);
  let unlock = async (): Promise<void> => undefined;
  if (compile) {
    unlock = await lockTranspile(TEMPLATE_DIR);
    compile = await needsCompile(TEMPLATE_DIR, sourceHash); // another run may have just done it
    if (!compile) {
      await unlock();
      unlock = async (): Promise<void> => undefined;
    }
  }
  const outDir = await mkdtemp(join(tmpdir(), 'woes-docs-'));
  // When the contract fails its checks, `emit` never collects this run: clean up on exit.
  const cleanUpOnExit = (): void => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', cleanUpOnExit);
  render.render({ templateDir: TEMPLATE_DIR, outDir, compile });
  // Stamp and unlock as soon as the render settles, whether or not `emit` collects the run.
  const finished = render.rendered
    .then(async () => {
      if (!compile) return;
      await mkdir(join(TEMPLATE_DIR, TRANSPILED_DIR), { recursive: true });
      await writeFile(stampPath(TEMPLATE_DIR), `${sourceHash}\n`);
    })
    .finally(unlock);
  finished.catch(() => undefined);
  return { render, cleanUpOnExit, outDir, finished };
}

function runFor(text: string, file: string): Promise<Run> {
  const key = `${file}\0${text}`;
  let run = runs.get(key);
  if (!run) {
    run = startRun(text, file);
    runs.set(key, run);
  }
  return run;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))));
  return nested.flat();
}

/** Waits for the render, and returns what it wrote as outputs under `docs/`. */
async function collect(text: string, file: string): Promise<OutputFile[]> {
  const run = await runFor(text, file);
  try {
    await run.render.rendered;
    await run.finished;
    const files = await listFiles(run.outDir);
    return await Promise.all(
      files.map(async (path) => ({ path: `${DOCS_ROOT}/${relative(run.outDir, path).split('\\').join('/')}`, content: await readFile(path, 'utf8') })),
    );
  } finally {
    runs.delete(`${file}\0${text}`);
    process.off('exit', run.cleanUpOnExit);
    await rm(run.outDir, { recursive: true, force: true });
  }
}

/**
 * The Mintlify webhooks section, rendered by @asyncapi/generator with templates/mintlify-webhooks:
 * docs.json, the guides, the event catalog, one page per event and the OpenAPI 3.1 webhooks
 * document. Only `docs/webhooks/events/` is wholly generated; the hand-written testing page and
 * the generated changelog sit beside the guides.
 *
 * Speed: the generator needs a parsed document, and parsing is the slowest step of `generate`.
 * So this emitter parses the spec for the whole pipeline (`parseSpec`, on a worker thread) and
 * renders from that same document while the main thread checks the contract.
 */
export const docsEmitter: Emitter = {
  name: 'docs',
  ownedDirs: [`${DOCS_ROOT}/webhooks/events`],
  prepare,
  parseSpec: async (text: string, file: string, signal: AbortSignal): Promise<Problem[]> => {
    const run = await runFor(text, file);
    // Past the pipeline's parser deadline, stop the worker: nothing will be rendered.
    signal.addEventListener('abort', () => run.render.stop(), { once: true });
    return parserVerdict(await run.render.diagnostics);
  },
  emit: ({ spec }) => collect(spec.text, spec.file),
};
