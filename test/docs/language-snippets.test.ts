import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY } from '../../generated/catalog.js';
import { requireTools } from '../support/require-tools.js';
import { runToSuccess } from '../support/run-process.js';
import { ALL_VECTORS, caseLine, expectedVerdict, parseVerdict, type Verdict } from './support/language-cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'woes-languages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Language {
  readonly name: string;
  readonly snippet: string;
  /** What must be installed (scripts/setup/requirements.mjs; `npm run setup` installs it). */
  readonly requires: string;
  /** Builds what is needed in `dir` and returns the command that reads case lines on stdin. */
  readonly prepare: (dir: string) => Promise<readonly string[]>;
  /** Every dependency the snippet names (imports, requires): each must be the language's own. */
  readonly dependencies: (source: string) => readonly string[];
  readonly standardLibrary: (dependency: string) => boolean;
  /** How the snippet spells each figure it quotes from the contract. */
  readonly figures: readonly { readonly pattern: RegExp; readonly value: number }[];
}

// A build or a run over every vector takes seconds (a first Go build, tens on a loaded machine):
// only a hung one reaches these.
const BUILD_DEADLINE_S = 240;
const RUN_DEADLINE_S = 120;

const LANGUAGES: readonly Language[] = [
  {
    name: 'Go',
    snippet: 'docs/snippets/verify_webhook.go',
    requires: 'go',
    prepare: async (dir) => {
      // A module of two packages: the snippet, byte for byte, and the runner that imports it.
      mkdirSync(join(dir, 'woeswebhook'));
      copyFileSync('docs/snippets/verify_webhook.go', join(dir, 'woeswebhook/verify_webhook.go'));
      copyFileSync('test/docs/support/go/main.go', join(dir, 'main.go'));
      writeFileSync(join(dir, 'go.mod'), 'module woes.test\n\ngo 1.19\n');
      const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOCACHE: join(dir, '.cache'), GOPATH: join(dir, '.gopath') };
      await runToSuccess('go', ['build', '-o', 'runner', '.'], { what: 'go build of the Go snippet', cwd: dir, env, deadlineSeconds: BUILD_DEADLINE_S });
      return [join(dir, 'runner')];
    },
    dependencies: (source) => [...(/import \(([^)]*)\)/.exec(source)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? ''),
    standardLibrary: (path) => !(path.split('/')[0] ?? '').includes('.'),
    figures: [
      { pattern: /ToleranceSeconds = (\d+)/, value: DELIVERY.signing.toleranceSeconds },
      { pattern: /MaxBodyBytes\s+= (\d+)/, value: DELIVERY.limits.maxPayloadBytes },
      { pattern: /SecretMinBytes\s+= (\d+)/, value: DELIVERY.signing.symmetric.secretMinBytes },
      { pattern: /SecretMaxBytes\s+= (\d+)/, value: DELIVERY.signing.symmetric.secretMaxBytes },
    ],
  },
  {
    name: 'Ruby',
    snippet: 'docs/snippets/verify_webhook.rb',
    requires: 'ruby',
    prepare: async () => ['ruby', 'test/docs/support/run_ruby_snippet.rb'],
    dependencies: (source) => [...source.matchAll(/^\s*require(?:_relative)? "([^"]+)"/gm)].map((match) => match[1] ?? ''),
    standardLibrary: (name) => ['json', 'openssl'].includes(name),
    figures: [
      { pattern: /TOLERANCE_SECONDS = (\d+)/, value: DELIVERY.signing.toleranceSeconds },
      { pattern: /MAX_BODY_BYTES = ([\d_]+)/, value: DELIVERY.limits.maxPayloadBytes },
      { pattern: /SECRET_BYTES = (\d+)\.\./, value: DELIVERY.signing.symmetric.secretMinBytes },
      { pattern: /SECRET_BYTES = \d+\.\.(\d+)/, value: DELIVERY.signing.symmetric.secretMaxBytes },
    ],
  },
  {
    name: 'PHP',
    snippet: 'docs/snippets/verify_webhook.php',
    requires: 'php',
    prepare: async () => ['php', 'test/docs/support/run_php_snippet.php'],
    // PHP has no imports: anything outside the bundled extensions would be required or used.
    dependencies: (source) => [...source.matchAll(/^\s*(?:require|include|use)\w*\s+([^;]+);/gm)].map((match) => match[1] ?? ''),
    standardLibrary: () => false,
    figures: [
      { pattern: /TOLERANCE_SECONDS = (\d+)/, value: DELIVERY.signing.toleranceSeconds },
      { pattern: /MAX_BODY_BYTES = (\d+)/, value: DELIVERY.limits.maxPayloadBytes },
      { pattern: /SECRET_MIN_BYTES = (\d+)/, value: DELIVERY.signing.symmetric.secretMinBytes },
      { pattern: /SECRET_MAX_BYTES = (\d+)/, value: DELIVERY.signing.symmetric.secretMaxBytes },
    ],
  },
  {
    name: 'Java',
    snippet: 'docs/snippets/WoesWebhook.java',
    requires: 'jdk',
    prepare: async (dir) => {
      await runToSuccess('javac', ['-d', dir, 'docs/snippets/WoesWebhook.java', 'test/docs/support/RunJavaSnippet.java'], {
        what: 'javac of the Java snippet',
        deadlineSeconds: BUILD_DEADLINE_S,
      });
      return ['java', '-cp', dir, 'RunJavaSnippet'];
    },
    dependencies: (source) => [...source.matchAll(/^import ([\w.]+);/gm)].map((match) => match[1] ?? ''),
    standardLibrary: (name) => name.startsWith('java.') || name.startsWith('javax.'),
    figures: [
      { pattern: /TOLERANCE_SECONDS = (\d+)/, value: DELIVERY.signing.toleranceSeconds },
      { pattern: /MAX_BODY_BYTES = (\d+)/, value: DELIVERY.limits.maxPayloadBytes },
      { pattern: /key\.length < (\d+)/, value: DELIVERY.signing.symmetric.secretMinBytes },
      { pattern: /key\.length > (\d+)/, value: DELIVERY.signing.symmetric.secretMaxBytes },
    ],
  },
];

// Before any build: each missing toolchain is one line with the command that installs it.
requireTools(...LANGUAGES.map((language) => language.requires));

/** The Java snippet returns the verified text for your JSON library; here JSON.parse plays that part. */
function judged(verdict: Verdict): { accepted: true; type?: string } | { code: string } {
  if ('code' in verdict) return { code: verdict.code };
  if ('ok' in verdict) return { accepted: true, type: verdict.type };
  try {
    const event = JSON.parse(verdict.text) as { type?: unknown };
    return { accepted: true, ...(typeof event.type === 'string' ? { type: event.type } : {}) };
  } catch {
    return { code: 'invalid_json' };
  }
}

describe.each(LANGUAGES)('the $name snippet ($snippet)', (language) => {
  const source = readFileSync(language.snippet, 'utf8');
  let verdicts: Verdict[] = [];

  beforeAll(
    async () => {
      const dir = mkdtempSync(join(scratch, `${language.name}-`));
      const [command = '', ...args] = await language.prepare(resolve(dir));
      const { stdout } = await runToSuccess(command, args, {
        what: `the ${language.name} snippet judging every signing vector`,
        input: `${ALL_VECTORS.map(caseLine).join('\n')}\n`,
        deadlineSeconds: RUN_DEADLINE_S,
      });
      verdicts = stdout.trimEnd().split('\n').map(parseVerdict);
    },
    (BUILD_DEADLINE_S + RUN_DEADLINE_S + 30) * 1000,
  );

  it('uses nothing outside the standard library', () => {
    expect(language.dependencies(source).filter((name) => !language.standardLibrary(name))).toEqual([]);
  });

  it('quotes the contract’s figures', () => {
    for (const { pattern, value } of language.figures) expect(Number(pattern.exec(source)?.[1]?.replaceAll('_', ''))).toBe(value);
  });

  it('answers one verdict per vector', () => {
    expect(verdicts).toHaveLength(ALL_VECTORS.length);
  });

  it.each(ALL_VECTORS.map((item, index) => [item.name, item, index] as const))('%s', (_name, item, index) => {
    const verdict = verdicts[index];
    if (verdict === undefined) throw new Error(`no verdict for vector #${index}`);
    const expected = expectedVerdict(item);
    const actual = judged(verdict);
    if ('code' in expected) expect(actual).toEqual(expected);
    else expect(actual).toMatchObject(expected);
  });
});
