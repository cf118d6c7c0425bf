import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningExample {
  readonly origin: string;
  readonly stop: () => Promise<void>;
}

/**
 * Starts an example receiver as its own process on a random port and waits for the line
 * `listening on http://127.0.0.1:<port>` it prints once ready.
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
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) ready({ origin: match[1], stop });
    });
    child.once('exit', (code) => fail(new Error(`${command.join(' ')} exited with ${String(code)} before listening:\n${stderr}`)));
  });
}
