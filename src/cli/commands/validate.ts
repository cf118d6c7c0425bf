import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateEventsText, type InvalidEvent } from '../../contract-kit/validate-events.js';
import { CliUsageError, type Command } from '../command.js';

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    throw new CliUsageError('could not read events from stdin; pipe them in (cat events.ndjson | woes-webhooks validate -) or give a file.');
  }
}

/** The files to check: the file itself, or every .json/.ndjson/.jsonl file under a folder. */
function sources(target: string, cwd: string): { name: string; text: () => string }[] {
  if (target === '-') return [{ name: 'stdin', text: readStdin }];
  const path = resolve(cwd, target);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliUsageError(`cannot read "${target}": no such file or folder. Give a .json or .ndjson file, a folder of them, or - for stdin.`);
  }
  const files = stat.isDirectory()
    ? readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(json|ndjson|jsonl)$/.test(file)).sort().map((file) => join(path, file))
    : [path];
  if (files.length === 0) throw new CliUsageError(`"${target}" holds no .json, .ndjson or .jsonl files.`);
  return files.map((file) => ({
    name: relative(cwd, file) || file,
    text: () => {
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        throw new CliUsageError(`cannot read "${relative(cwd, file)}" (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); check the path and its permissions.`);
      }
    },
  }));
}

const describe = (item: InvalidEvent): string =>
  `${item.source} #${item.index}${item.line === undefined ? '' : ` (line ${item.line})`} ${item.type ?? '(no type)'} ${item.path === '' ? '/' : item.path}: ${item.message}`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check events (JSON or NDJSON) against the contract\'s schemas.',
  usage: `woes-webhooks validate <file|dir|-> [--strict]

  Checks each event in a JSON file (one event or an array), an NDJSON file, every such file
  under a folder, or stdin (-). Prints each invalid event with its index, type, JSON path and
  message. Exit 0 when all are valid, 1 otherwise.
  --strict   also reject fields, types and enum values the spec does not define (for producers)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], options: { strict: { type: 'boolean' } }, allowPositionals: true, strict: true });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) throw new CliUsageError('give exactly one file, folder or - (stdin), e.g. woes-webhooks validate events.ndjson.');
    const mode = values.strict === true ? 'strict' : 'receiver';
    let checked = 0;
    let invalidEvents = 0;
    for (const source of sources(target, io.cwd)) {
      const summary = validateEventsText(source.text(), { source: source.name, mode });
      checked += summary.checked;
      invalidEvents += new Set(summary.invalid.map((item) => item.index)).size;
      for (const item of summary.invalid) io.out(describe(item));
    }
    io.out(`${checked} event(s) checked (${mode}): ${invalidEvents === 0 ? 'all valid' : `${invalidEvents} invalid`}.`);
    return invalidEvents === 0 ? 0 : 1;
  },
};
