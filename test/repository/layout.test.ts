import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folder layout is the architecture: asyncapi.yaml → tools/spec → tools/diff →
// tools/derive, and generated/ → src/runtime → src/contract-kit → src/cli. An import that
// points back up one of those arrows is a cycle in the making, or maintainer code in a
// receiver's bundle.
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });

/** Every relative import of a file, as a repository path. */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => normalize(join(dirname(file), match[1] ?? '')));

/** Cases as data: a folder, and the folders its files may not import. */
const FORBIDDEN: readonly { readonly from: string; readonly not: readonly string[] }[] = [
  { from: 'src', not: ['tools/', 'test/', 'scripts/'] },
  { from: 'src/runtime', not: ['src/contract-kit/', 'src/cli/'] },
  { from: 'src/contract-kit', not: ['src/cli/'] },
  { from: 'tools/spec', not: ['tools/diff/', 'tools/derive/', 'tools/cli/'] },
  { from: 'tools/diff', not: ['tools/derive/', 'tools/cli/'] },
  { from: 'tools/derive', not: ['tools/cli/'] },
];

describe('the layout', () => {
  it.each(FORBIDDEN)('$from imports nothing from $not', ({ from, not }) => {
    const found = files(from).flatMap((file) =>
      importsOf(file)
        .filter((target) => not.some((folder) => target.startsWith(folder)))
        .map((target) => `${file} → ${target}`),
    );
    expect(found).toEqual([]);
  });

  it('reads the imports it means to (the scan can find something)', () => {
    expect(importsOf('tools/derive/derive.ts')).toContain('tools/spec/spec-model.js');
  });
});
