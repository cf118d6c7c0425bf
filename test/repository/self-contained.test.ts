import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A reader of this repository (or of a message the CLI prints) has only the repository: a
// comment, message or page that cites a document kept elsewhere sends them nowhere. Every
// cited `*.md` file must exist here, and nothing may point at notes outside it.
const ROOTS = ['README.md', 'asyncapi.yaml', 'src', 'tools', 'test', 'scripts', 'templates', 'examples', 'docs', 'releases', '.ci'];
const SKIP_DIRS = new Set(['node_modules', '__transpiled', 'dist', '.git', '.next']);
const TEXT = /\.(ts|js|mjs|cjs|mdx?|ya?ml|json|py|sh|txt)$|^run$/;
const SELF = relative(process.cwd(), new URL(import.meta.url).pathname);

function files(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return TEXT.test(basename(path)) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIP_DIRS.has(name))
    .flatMap((name) => files(join(path, name)));
}

const SOURCES = ROOTS.flatMap(files).filter((path) => path !== SELF);
const MARKDOWN_HERE = new Set([...SOURCES, ...files('.github')].filter((path) => path.endsWith('.md')).map((path) => basename(path)));

/** Cases as data: what counts as a pointer outside the repository. */
const OUTSIDE = [
  { name: 'a notes folder beside the repository', pattern: /(?:\.\.\/|\/work\/)shared\b/g },
  { name: 'an issue tracker entry by number', pattern: /\bissues? #?\d+\b/gi },
];

function findings(): string[] {
  const found: string[] = [];
  for (const path of SOURCES) {
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const [match] of line.matchAll(/\b[\w.-]+\.md\b/g))
        if (!MARKDOWN_HERE.has(basename(match))) found.push(`${path}:${index + 1}: cites ${match}, which is not in the repository`);
      for (const { name, pattern } of OUTSIDE) for (const [match] of line.matchAll(pattern)) found.push(`${path}:${index + 1}: "${match}" points at ${name}`);
    });
  }
  return found;
}

describe('the repository stands on its own', () => {
  it('reads the files it means to (the scan can find something)', () => {
    expect(SOURCES).toContain('tools/derive/ruleset.ts');
    expect(SOURCES).toContain('docs/webhooks/signing.mdx');
    expect(MARKDOWN_HERE).toContain('README.md');
  });

  it('cites no document and no notes kept outside it, in code, comments, messages or pages', () => {
    expect(findings()).toEqual([]);
  });
});
