import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { changelogEmitter } from '../../../tools/derive/changelog/changelog-emitter.js';
import { createDiffCommand } from '../../../tools/cli/commands/diff.js';
import { MAINTAINER_CLI } from '../../../tools/cli/program.js';
import { generate } from '../../../tools/derive/generate.js';
import { loadSpec, type SpecLinter } from '../../../tools/spec/load-spec.js';
import { lintWithParser } from '../../../tools/spec/lint-with-parser.js';
import { lintOncePerText as lint } from '../../support/shared-parser-verdicts.js';
import { applyCase, BROKEN_SPEC_CASES } from './broken-spec-cases.js';

const spec = readFileSync('asyncapi.yaml', 'utf8');
const HOSTILE = BROKEN_SPEC_CASES.filter((item) => item.hostile === true);
// The diff cases load the real spec as their base: its parser verdict is shared, not rerun per case.
const diffCli = { ...MAINTAINER_CLI, commands: [createDiffCommand(lint)] };

function specFile(text: string, name = 'asyncapi.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'woes-hostile-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

describe.each(HOSTILE)('a spec with a $name', (hostileCase) => {
  const { find, code, path, says } = hostileCase;
  it('is refused before the AsyncAPI parser or any resolver runs', async () => {
    expect(spec.includes(find), 'the edit applies to the current spec').toBe(true);
    const { file } = specFile(applyCase(spec, hostileCase));
    let linted = false;
    const loaded = await loadSpec(file, async () => {
      linted = true;
      return [];
    });
    expect(linted).toBe(false);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const [problem] = loaded.problems;
    expect(problem?.code).toMatch(code);
    expect(problem?.line).toBeGreaterThan(0);
  });

  it('makes diff exit 2 with one located line naming the problem and its fix', async () => {
    const { dir } = specFile(applyCase(spec, hostileCase), 'head.yaml');
    writeFileSync(join(dir, 'base.yaml'), spec);
    const out: string[] = [];
    const err: string[] = [];
    const exit = await runCli(diffCli, ['diff', 'base.yaml', 'head.yaml'], { out: (line) => out.push(line), err: (line) => err.push(line), cwd: dir });
    expect(exit).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^woes-contract diff: head\.yaml:\d+ is not a valid contract: .+\(invalid_contract\)$/);
    expect(err[0]).toContain(says ?? path);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });
});

describe('remote references are never fetched', () => {
  it('generate refuses a $ref to a live server, and the server sees no request', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/yaml' }).end('type: object\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/conversation.yaml`;
      const { dir } = specFile(spec.replace("        $ref: '#/components/schemas/ConversationCreatedEvent'", `        $ref: '${url}'`));
      const lines: string[] = [];
      expect(await generate({ lint, root: dir, log: (line) => lines.push(line) })).toBe(1);
      expect(lines.join('\n')).toContain(`$ref "${url}" points outside this document`);
      // Long enough for a resolver that had started to reach the server.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the parser deadline', () => {
  it('loading reports a parser that never answers as a problem once its time is up, and stops it', async () => {
    let stopped = false;
    const hanging: SpecLinter = (_text, _file, signal) =>
      new Promise(() => {
        signal.addEventListener('abort', () => (stopped = true));
      });
    const { dir } = specFile(spec);
    const loaded = await loadSpec(join(dir, 'asyncapi.yaml'), hanging, { parserDeadlineMs: 200 });
    if (!loaded.ok) throw new Error('the spec itself loads');
    const problems = await loaded.spec.parserProblems;
    expect(problems.map((problem) => `${problem.message} (${problem.code})`)).toEqual(['the AsyncAPI parser did not finish within 200 ms (parser_timeout)']);
    expect(stopped).toBe(true);
  });

  it('the parser thread stops when told to', async () => {
    const controller = new AbortController();
    const verdict = lintWithParser(spec, 'asyncapi.yaml', controller.signal);
    controller.abort();
    await expect(verdict).resolves.toEqual([]);
  });
});

// Each case is a whole generate run (the core outputs, then the changelog): seconds, more under
// load than the default 30 s allows for.
describe.each([
  { name: 'a YAML syntax error', text: 'asyncapi: 3.0.0\ninfo: [unclosed\n', code: 'yaml_syntax' },
  { name: 'an alias bomb', text: `asyncapi: 3.0.0\n${HOSTILE.find((item) => item.code.test('yaml_alias_bomb'))?.replace ?? ''}`, code: 'yaml_alias_bomb' },
  { name: 'a list instead of a contract', text: '- asyncapi\n', code: 'release_not_a_contract' },
])('a release file with $name', { timeout: 90_000 }, ({ text, code }) => {
  it('is reported like a spec problem, with its line and the fix, never a stack trace', async () => {
    const { dir } = specFile(spec);
    mkdirSync(join(dir, 'releases'));
    writeFileSync(join(dir, 'releases', '1.0.0.yaml'), text);
    const lines: string[] = [];
    expect(await generate({ lint, root: dir, emitters: [changelogEmitter], log: (line) => lines.push(line) })).toBe(1);
    const output = lines.join('\n');
    expect(output).toMatch(new RegExp(`^releases/1\\.0\\.0\\.yaml\\S* {2}\\$\n.*\\(${code}\\)\n {2}fix: .*restore it from git`, 'm'));
    expect(output).not.toMatch(/\n\s+at \S+ \(/);
  });
});
