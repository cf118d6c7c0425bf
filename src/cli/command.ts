/** A `woes-webhooks` subcommand. Each lives in src/cli/commands/<name>.ts. */
export interface Command {
  readonly name: string;
  /** One line for `woes-webhooks --help`. */
  readonly summary: string;
  /** The usage block for `woes-webhooks <name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  /** The environment the command reads (secrets such as WOES_WEBHOOK_SECRET); `process.env` when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** What `-` reads (default: the process's stdin); tests hand the CLI their own input. */
  readonly stdin?: () => AsyncIterable<Uint8Array>;
}

/**
 * A mistake in how the CLI was called or in what it was given. Printed as one line with the
 * fix, never with a stack trace, and exits with `exitCode`.
 */
export class CliUsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliUsageError';
    this.exitCode = exitCode;
  }
}
