import { createReadStream, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EventInputError, validateEventStream, type InvalidEvent } from '../../contract-kit/validate-events.js';
import { CliUsageError, type Command } from '../command.js';
import { escapeForTerminal } from '../../contract-kit/safe-text/terminal-text.js';
import { positiveNumber } from './contract-kit-errors.js';

const EVENT_FILE = /\.(json|ndjson|jsonl)$/;
const DEFAULT_MAX_REPORTED = 100;

interface Source {
  readonly name: string;
  readonly open: () => AsyncIterable<Uint8Array>;
}

/**
 * Every event file under a folder, each once: symbolic links are followed, but a folder (or
 * file) already reached by another path is not entered again, so a link loop ends instead of
 * multiplying the walk.
 */
function walk(root: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue; // a dangling link
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => b.name.localeCompare(a.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let stat: Stats;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) stack.push(path);
      else if (stat.isFile() && EVENT_FILE.test(entry.name)) {
        const realFile = realpathSync(path);
        if (!seen.has(realFile)) {
          seen.add(realFile);
          files.push(path);
        }
      }
    }
  }
  return files;
}

/** The inputs to check: stdin, the file itself, or every .json/.ndjson/.jsonl file under a folder. */
function sources(target: string, cwd: string, stdin: () => AsyncIterable<Uint8Array>): Source[] {
  if (target === '-') return [{ name: 'stdin', open: stdin }];
  const path = resolve(cwd, target);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliUsageError(`cannot read "${target}": no such file or folder. Give a .json or .ndjson file, a folder of them, or - for stdin.`);
  }
  const files = stat.isDirectory() ? walk(path) : [path];
  if (files.length === 0) throw new CliUsageError(`"${target}" holds no .json, .ndjson or .jsonl files.`, 1);
  return files.map((file) => ({ name: relative(cwd, file) || file, open: () => createReadStream(file, { highWaterMark: 1024 * 1024 }) }));
}

/** One violation as a terminal line; text from the input is escaped, never sent raw. */
const describe = (item: InvalidEvent): string =>
  escapeForTerminal(
    `${item.source} #${item.index}${item.line === undefined ? '' : ` (line ${item.line})`} ${item.type ?? '(no type)'} ${item.path === '' ? '/' : item.path}: ${item.message}`,
  );

async function check(source: Source, options: { mode: 'strict' | 'receiver'; maxReported: number; out: (line: string) => void }) {
  try {
    return await validateEventStream(source.open(), {
      source: source.name,
      mode: options.mode,
      maxReported: options.maxReported,
      onInvalid: (item) => options.out(describe(item)),
    });
  } catch (error) {
    if (error instanceof EventInputError) throw new CliUsageError(escapeForTerminal(error.message), 1);
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new CliUsageError(`cannot read "${escapeForTerminal(source.name)}" (${code}); check the path and its permissions.`);
    throw error;
  }
}

export const validateCommand: Command = {
  name: 'validate',
  summary: "Check events (JSON or NDJSON) against the contract's schemas.",
  usage: `woes-webhooks validate <file|dir|-> [--strict] [--allow-empty] [--max-reported <n>]

  Checks each event in a JSON file (one event or an array), an NDJSON file, every such file
  under a folder, or stdin (-). Prints each invalid event with its index, type, JSON path and
  message. Exit 0 when all are valid, 1 otherwise (and when there was no event to check).
  NDJSON and JSON arrays are streamed, a line or an element at a time, at any size (each at
  most 1 MiB: an event is at most 64 KiB); one event over several lines is read whole, up to 1 MiB.
  --strict           also reject fields, types and enum values the spec does not define (for producers)
  --allow-empty      an input without any event passes (by default checking nothing fails)
  --max-reported <n> print at most n violations (default ${DEFAULT_MAX_REPORTED}); the rest are counted`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { strict: { type: 'boolean' }, 'allow-empty': { type: 'boolean' }, 'max-reported': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0)
      throw new CliUsageError('give exactly one file, folder or - (stdin), e.g. woes-webhooks validate events.ndjson.');
    const mode = values.strict === true ? 'strict' : 'receiver';
    const maxReported = Math.floor(positiveNumber(values['max-reported'], '--max-reported') ?? DEFAULT_MAX_REPORTED);
    const stdin = io.stdin ?? ((): AsyncIterable<Uint8Array> => process.stdin);
    let checked = 0;
    let invalidEvents = 0;
    let unreported = 0;
    let reported = 0;
    for (const source of sources(target, io.cwd, stdin)) {
      // One budget of printed violations across every file.
      const summary = await check(source, { mode, maxReported: maxReported - reported, out: io.out });
      reported += summary.invalid.length;
      checked += summary.checked;
      invalidEvents += summary.invalidEvents;
      unreported += summary.unreported;
    }
    if (checked === 0 && values['allow-empty'] !== true) {
      io.out(
        `0 events checked (${mode}): "${escapeForTerminal(target === '-' ? 'stdin' : target)}" holds no event. Give events (one JSON event, an array, or NDJSON), or pass --allow-empty when an empty input is expected.`,
      );
      return 1;
    }
    if (unreported > 0) io.out(`… and ${unreported} more violation(s) not shown (--max-reported ${maxReported}).`);
    io.out(`${checked} event(s) checked (${mode}): ${invalidEvents === 0 ? 'all valid' : `${invalidEvents} invalid`}.`);
    return invalidEvents === 0 ? 0 : 1;
  },
};
