import { resolve } from 'node:path';
import type { LoadOptions, SpecLinter } from '../spec/load-spec.js';
import type { DiffReport } from './change-model.js';
import { diffContracts } from './diff-contracts.js';
import { loadContractAtRef, loadContractFile } from './load-version.js';
import { renderJson, renderText } from './render-report.js';

export interface RunDiffOptions {
  readonly cwd: string;
  /** Two files, or a git ref compared with `spec` in the working tree. */
  readonly base: { readonly file: string } | { readonly ref: string };
  /** The head file (default `asyncapi.yaml`). */
  readonly head: string;
  readonly json: boolean;
  readonly out: (text: string) => void;
  /** The AsyncAPI parser's check (default lintWithParser); tests share one verdict per text. */
  readonly lint?: SpecLinter;
}

/**
 * `npm run diff`: loads both versions (in parallel: each starts its own parser check),
 * classifies every change and prints the report. Resolves to 0 when the version moved as the
 * policy requires, 1 when it did not. Bad input throws DiffInputError.
 */
export async function runDiff(options: RunDiffOptions): Promise<{ exitCode: number; report: DiffReport }> {
  const headFile = resolve(options.cwd, options.head);
  const load: LoadOptions = options.lint === undefined ? {} : { lint: options.lint };
  const [base, head] = await Promise.all([
    'ref' in options.base
      ? loadContractAtRef(options.base.ref, options.head, options.cwd, load)
      : loadContractFile(resolve(options.cwd, options.base.file), options.base.file, load),
    loadContractFile(headFile, options.head, load),
  ]);
  const report = diffContracts(base, head);
  options.out(options.json ? renderJson(report) : renderText(report, head.model.events.length));
  return { exitCode: report.verdict.ok ? 0 : 1, report };
}
export { DiffInputError } from './contract-version.js';
