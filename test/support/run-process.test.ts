import { describe, expect, it } from 'vitest';
import { ProcessFailedError, runProcess, runToSuccess } from './run-process.js';

// How every suite runs a child process: a process that overruns its deadline, is killed or
// cannot start says so, and doing what, rather than coming back as an exit status of null.
const node = (code: string) => [process.execPath, ['-e', code]] as const;

describe('runProcess', () => {
  it('resolves with the exit code and both outputs, and feeds stdin', async () => {
    const [command, args] = node('process.stdin.on("data", (d) => { process.stdout.write("out:" + d); process.stderr.write("err"); process.exitCode = 3; })');
    expect(await runProcess(command, args, { what: 'an echo', input: 'hello', deadlineSeconds: 60 })).toEqual({
      status: 3,
      stdout: 'out:hello',
      stderr: 'err',
    });
  });

  // The deadline starts with the process, not with its first line: a child that writes and then
  // hangs gets 15 s, time to start and write on a machine with every core busy (a second or two),
  // so its line is there when the deadline ends it. A child that never writes needs no such room.
  it.each([
    {
      name: 'overruns its deadline, silent',
      code: 'setInterval(() => {}, 1000)',
      deadlineSeconds: 1,
      expected: { code: 'process_timed_out', message: /^tsc checking a project timed out after 1 s \(killed\): \S+ -e .*; it wrote nothing$/s },
    },
    {
      name: 'overruns its deadline after a line of output',
      code: 'process.stdout.write("compiling 3 files\\n"); setInterval(() => {}, 1000)',
      deadlineSeconds: 15,
      expected: {
        code: 'process_timed_out',
        message: /^tsc checking a project timed out after 15 s \(killed\): \S+ -e .*; its output so far:\ncompiling 3 files$/s,
      },
    },
    {
      name: 'is killed by a signal',
      code: 'process.kill(process.pid, "SIGTERM")',
      deadlineSeconds: 60,
      expected: { code: 'process_killed', message: /^tsc checking a project was killed by SIGTERM: .*; it wrote nothing$/s },
    },
  ])('a process that $name fails with what it was doing', async ({ code, deadlineSeconds, expected }) => {
    const [command, args] = node(code);
    const failure = runProcess(command, args, { what: 'tsc checking a project', deadlineSeconds });
    await expect(failure).rejects.toBeInstanceOf(ProcessFailedError);
    await expect(failure).rejects.toMatchObject({ code: expected.code, message: expect.stringMatching(expected.message) });
  });

  it('a program that does not exist fails with its name', async () => {
    await expect(runProcess('/nonexistent/woes-tool', [], { what: 'the Go build', deadlineSeconds: 60 })).rejects.toMatchObject({
      code: 'process_not_started',
      message: expect.stringMatching(/^the Go build could not start: \/nonexistent\/woes-tool: spawn \/nonexistent\/woes-tool ENOENT$/),
    });
  });
});

describe('runToSuccess', () => {
  it('fails on a non-zero exit with the command, the code and the output', async () => {
    const [command, args] = node('console.error("error TS2307: Cannot find module"); process.exit(2)');
    await expect(runToSuccess(command, args, { what: 'tsc checking a project', deadlineSeconds: 60 })).rejects.toThrow(
      /^tsc checking a project failed \(exit 2\): \S+ -e .*\nerror TS2307: Cannot find module$/s,
    );
  });
});
