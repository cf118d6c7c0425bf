import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY } from '../../generated/catalog.js';
import { ALL_VECTORS, caseLine, expectedVerdict, parseVerdict, type Verdict } from './support/language-cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'woes-languages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Language {
  readonly name: string;
  readonly snippet: string;
  /** The tool that must be installed, and the Debian package that brings it (.ci/run installs it). */
  readonly tool: string;
  readonly aptPackage: string;
  /** Builds what is needed in `dir` and returns the command that reads case lines on stdin. */
  readonly prepare: (dir: string) => readonly string[];
  /** Every dependency the snippet names (imports, requires): each must be the language's own. */
  readonly dependencies: (source: string) => readonly string[];
  readonly standardLibrary: (dependency: string) => boolean;
  /** How the snippet spells each figure it quotes from the contract. */
  readonly figures: readonly { readonly pattern: RegExp; readonly value: number }[];
}

const LANGUAGES: readonly Language[] = [
  {
    name: 'Go',
    snippet: 'docs/snippets/verify_webhook.go',
    tool: 'go',
    aptPackage: 'golang-go',
    prepare: (dir) => {
      // A module of two packages: the snippet, byte for byte, and the runner that imports it.
      mkdirSync(join(dir, 'woeswebhook'));
      copyFileSync('docs/snippets/verify_webhook.go', join(dir, 'woeswebhook/verify_webhook.go'));
      copyFileSync('test/docs/support/go/main.go', join(dir, 'main.go'));
      writeFileSync(join(dir, 'go.mod'), 'module woes.test\n\ngo 1.19\n');
      const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOCACHE: join(dir, '.cache'), GOPATH: join(dir, '.gopath') };
      execFileSync('go', ['build', '-o', 'runner', '.'], { cwd: dir, env, stdio: 'pipe' });
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
    tool: 'ruby',
    aptPackage: 'ruby',
    prepare: () => ['ruby', 'test/docs/support/run_ruby_snippet.rb'],
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
    tool: 'php',
    aptPackage: 'php-cli',
    prepare: () => ['php', 'test/docs/support/run_php_snippet.php'],
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
    tool: 'javac',
    aptPackage: 'openjdk-17-jdk-headless',
    prepare: (dir) => {
      execFileSync('javac', ['-d', dir, 'docs/snippets/WoesWebhook.java', 'test/docs/support/RunJavaSnippet.java'], { stdio: 'pipe' });
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

  beforeAll(() => {
    if (spawnSync('sh', ['-c', `command -v ${language.tool}`]).status !== 0) {
      throw new Error(`${language.tool} is not installed: apt-get update && apt-get install -y ${language.aptPackage} (bash .ci/run does this).`);
    }
    const dir = mkdtempSync(join(scratch, `${language.name}-`));
    const [command = '', ...args] = language.prepare(resolve(dir));
    const output = execFileSync(command, args, { input: `${ALL_VECTORS.map(caseLine).join('\n')}\n`, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    verdicts = output.trimEnd().split('\n').map(parseVerdict);
  }, 120_000);

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
