import { resolve } from 'node:path';
import { derive, OWNED_DIRS, type Emitter } from './derive.js';
import { SpecProblems, formatProblem } from '../spec/problem.js';
import type { LoadOptions } from '../spec/load-spec.js';
import { GENERATE_COMMAND } from './output.js';
import { findDrift, writeOutputs } from './sync-outputs.js';
import { TypesFormatError } from './format-types.js';
import { EMITTERS } from './emitters.js';

export interface GenerateOptions {
  /** Repository root; outputs are written relative to it. */
  readonly root: string;
  /** The spec, relative to `root`. */
  readonly spec?: string;
  /** Compare instead of writing; report drift and fail. */
  readonly check?: boolean;
  readonly emitters?: readonly Emitter[];
  readonly log?: (line: string) => void;
  /** How long the AsyncAPI parser may take (default PARSER_DEADLINE_MS). */
  readonly parserDeadlineMs?: number;
  /** The AsyncAPI parser's check (default lintWithParser); tests share one verdict per text. */
  readonly lint?: LoadOptions['lint'];
}

/**
 * `npm run generate [-- --check]`: derive every artifact from asyncapi.yaml and write it,
 * or, with `check`, prove the committed outputs are what the spec produces. Returns the exit code.
 */
export async function generate(options: GenerateOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const specPath = options.spec ?? 'asyncapi.yaml';
  const emitters = options.emitters ?? EMITTERS;
  let result;
  try {
    result = await derive(resolve(options.root, specPath), emitters, {
      ...(options.parserDeadlineMs === undefined ? {} : { parserDeadlineMs: options.parserDeadlineMs }),
      ...(options.lint === undefined ? {} : { lint: options.lint }),
    });
  } catch (error) {
    // A formatter that cannot run is the machine's problem, not the spec's: one line with the fix.
    if (error instanceof TypesFormatError) {
      log(`${error.message} (${error.code}); nothing was written.`);
      return 1;
    }
    if (!(error instanceof SpecProblems)) throw error;
    for (const problem of error.problems) log(formatProblem(problem, error.file));
    log(`\n${error.problems.length} problem(s) in ${error.file}; nothing was written.`);
    return 1;
  }
  if (!result.ok) {
    for (const problem of result.problems) log(formatProblem(problem, specPath));
    log(`\n${result.problems.length} problem(s) in ${specPath}; nothing was written.`);
    return 1;
  }
  const owned = [...OWNED_DIRS, ...emitters.flatMap((emitter) => emitter.ownedDirs)];
  const drift = await findDrift(options.root, result.files, owned);
  if (options.check) {
    if (drift.length === 0) {
      log(`${result.files.length} derived files are up to date with ${specPath}.`);
      return 0;
    }
    for (const item of drift) {
      log(`${item.kind === 'stale' ? 'stale' : item.kind === 'missing' ? 'missing' : 'not produced by the spec'}: ${item.path}`);
      if (item.diff) log(item.diff.replace(/^/gm, '    '));
    }
    log(`\n${drift.length} derived file(s) differ from what ${specPath} produces. Run \`${GENERATE_COMMAND}\` and commit the result.`);
    return 1;
  }
  await writeOutputs(options.root, result.files, drift);
  log(
    `${result.files.length} derived files from ${specPath}: ${drift.length} written or removed, ${result.files.length - drift.filter((d) => d.kind !== 'extra').length} unchanged.`,
  );
  return 0;
}
