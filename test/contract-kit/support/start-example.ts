import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningExample {
  readonly origin: string;
  readonly stop: () => Promise<void>;
}

/**
 * A start is a runtime booting and a framework loading: seconds, tens of seconds for `next dev`
 * on a loaded machine. Only a recipe that hangs before listening reaches this.
 */
export const START_DEADLINE_S = 180;

/**
 * Starts an example receiver as its own process on a random port and waits for the line
 * `listening on http://127.0.0.1:<port>` it prints once ready. A recipe that exits first, or is
 * still silent at the deadline (then killed), fails the start with what it wrote to stderr.
 */
export function startExample(command: readonly string[], env: Record<string, string>): Promise<RunningExample> {
  const [program = '', ...args] = command;
  const child: ChildProcess = spawn(program, args, { cwd: resolve('.'), env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((ready, fail) => {
    let stdout = '';
    const timer = setTimeout(() => {
      fail(
        new Error(`${command.join(' ')} did not print "listening on http://127.0.0.1:<port>" within ${START_DEADLINE_S} s (killed); its stderr:\n${stderr}`),
      );
      child.kill('SIGKILL');
    }, START_DEADLINE_S * 1000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        ready({ origin: match[1], stop });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`${command.join(' ')} exited with ${String(code ?? signal)} before listening:\n${stderr}`));
    });
  });
}
