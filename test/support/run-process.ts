import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** The exit code: the process ended on its own (a kill or a failure to start throws instead). */
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** What the process does, for the message if it overruns: `tsc type-checks ts-node16-esm`. */
  readonly what: string;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Written to its stdin, which is then closed (empty when absent). */
  readonly input?: string;
  /**
   * A bound that only a hung process reaches, never a slow machine: many times what the work
   * takes on a loaded one. Keep it under the test's own timeout, so this message is the one seen.
   */
  readonly deadlineSeconds: number;
}

/** A child process that did not finish in its deadline, or was killed, or did not start: says which, and doing what. */
export class ProcessFailedError extends Error {
  constructor(
    readonly code: 'process_timed_out' | 'process_killed' | 'process_not_started',
    message: string,
  ) {
    super(message);
    this.name = 'ProcessFailedError';
  }
}

const tail = (text: string): string => (text.length > 2000 ? `…${text.slice(-2000)}` : text);

/**
 * Runs a command without blocking this process (servers in it keep answering), and resolves with
 * its exit code and output. A process still running at its deadline is killed, and the promise
 * rejects with `<what> timed out after N s (killed): <command>` and the output it had written,
 * never with an exit status of null that reads as a wrong answer.
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A child that exits before reading its input closes the pipe: that is its answer, not ours to fail on.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.deadlineSeconds * 1000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new ProcessFailedError('process_not_started', `${options.what} could not start: ${commandLine}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const output = tail(`${stderr}${stdout}`.trim());
      const said = output ? `; its output so far:\n${output}` : '; it wrote nothing';
      if (timedOut)
        reject(new ProcessFailedError('process_timed_out', `${options.what} timed out after ${options.deadlineSeconds} s (killed): ${commandLine}${said}`));
      else if (code === null) reject(new ProcessFailedError('process_killed', `${options.what} was killed by ${signal ?? 'a signal'}: ${commandLine}${said}`));
      else resolve({ status: code, stdout, stderr });
    });
  });
}

/** `runProcess`, and a failure unless it exits 0: what it was doing, the command, the exit code and its output. */
export async function runToSuccess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  const result = await runProcess(command, args, options);
  if (result.status !== 0) {
    const output = tail(`${result.stderr}${result.stdout}`.trim());
    throw new Error(`${options.what} failed (exit ${result.status}): ${[command, ...args].join(' ')}${output ? `\n${output}` : ''}`);
  }
  return result;
}
