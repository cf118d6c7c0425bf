import { parseArgs } from 'node:util';
import { CliUsageError, type Command } from '../../../src/cli/command.js';
import { DiffInputError } from '../../diff/contract-version.js';
import { runDiff } from '../../diff/run-diff.js';
import type { SpecLinter } from '../../spec/load-spec.js';

/** `npm run diff`; `lint` replaces the AsyncAPI parser's check (tests share one verdict per text). */
export const createDiffCommand = (lint?: SpecLinter): Command => ({
  name: 'diff',
  summary: 'Classify every change between two versions of asyncapi.yaml and gate the version bump.',
  usage: `npm run diff -- <base.yaml> <head.yaml> [--json]
npm run diff -- --base <git-ref> [--spec <file>] [--json]

  Lists every change between two versions of the contract, inside payload schemas too, each
  classified (breaking, policy, non-breaking, docs) by a rule with its reason.
  --base    compare <file> as it is at this git ref with the working tree's copy
  --spec    the contract file (default: asyncapi.yaml)
  --json    print the report as JSON

  Exit 0: the version moved as x-woes-versioning requires. Exit 1: a breaking or policy change
  without the major/minor bump (or, for breaking, without a new apiVersion). Exit 2: bad input.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { base: { type: 'string' }, spec: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const spec = values.spec ?? 'asyncapi.yaml';
    let base: { file: string } | { ref: string };
    let head = spec;
    if (values.base !== undefined) {
      if (positionals.length > 0)
        throw new CliUsageError(`--base compares with ${spec} in the working tree; drop the file arguments (${positionals.join(' ')}) or drop --base.`);
      base = { ref: values.base };
    } else {
      const [baseFile, headFile, ...extra] = positionals;
      if (baseFile === undefined || headFile === undefined || extra.length > 0)
        throw new CliUsageError('give two contract files (diff <base.yaml> <head.yaml>) or a git ref (diff --base origin/main).');
      base = { file: baseFile };
      head = headFile;
    }
    try {
      const { exitCode } = await runDiff({ cwd: io.cwd, base, head, json: values.json === true, out: io.out, ...(lint === undefined ? {} : { lint }) });
      return exitCode;
    } catch (error) {
      if (error instanceof DiffInputError) throw new CliUsageError(`${error.message} (${error.code})`, 2);
      throw error;
    }
  },
});

export const diffCommand: Command = createDiffCommand();
