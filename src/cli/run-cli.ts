import { CliUsageError, type CliIo } from './command.js';
import { COMMANDS } from './commands/index.js';

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
};

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'woes-webhooks: the Woes webhook contract kit',
    '',
    'Usage: woes-webhooks <command> [options]',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `woes-webhooks <command> --help` for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI and resolves to its exit code. User mistakes print one line, never a stack. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`woes-webhooks: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
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
      io.err(`woes-webhooks ${command.name}: ${error.message}`);
      return error.exitCode;
    }
    // parseArgs reports unknown or malformed options with a code: that is a usage mistake too.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`woes-webhooks ${command.name}: ${error.message}. See \`woes-webhooks ${command.name} --help\`.`);
      return 2;
    }
    throw error;
  }
}
