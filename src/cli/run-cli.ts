import { escapeLinesForTerminal } from '../contract-kit/safe-text/terminal-text.js';
import { CliUsageError, type CliIo, type Command } from './command.js';

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
};

/** A program: its name as typed, one line on what it is, and its subcommands in `--help` order. */
export interface Program {
  readonly name: string;
  readonly summary: string;
  readonly commands: readonly Command[];
}

function help({ name, summary, commands }: Program): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${name}: ${summary}`,
    '',
    `Usage: ${name} <command> [options]`,
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Run \`${name} <command> --help\` for a command's options.`,
  ].join('\n');
}

/** Runs the CLI and resolves to its exit code. User mistakes print one line, never a stack. */
export async function runCli(program: Program, argv: readonly string[], given: CliIo = defaultIo): Promise<number> {
  // Every line any command prints passes here: what a receiver, a producer or a file said is
  // shown as text, never as terminal control sequences (see terminal-text.ts).
  const io: CliIo = { ...given, out: (line) => given.out(escapeLinesForTerminal(line)), err: (line) => given.err(escapeLinesForTerminal(line)) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help(program));
    return name === undefined ? 2 : 0;
  }
  const command = program.commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`${program.name}: unknown command "${name}". Commands: ${program.commands.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`${program.name} ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    // parseArgs reports unknown or malformed options with a code: that is a usage mistake too.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${program.name} ${command.name}: ${error.message}. See \`${program.name} ${command.name} --help\`.`);
      return 2;
    }
    throw error;
  }
}
