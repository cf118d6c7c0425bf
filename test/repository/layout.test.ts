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

// `npm run typecheck` checks the docs template's JavaScript under the repository's strict
// settings, against the spec model's own types: tsconfig.json includes lib/, and each file opts
// in (checkJs for the whole project would also check the ajv-generated validators).
const TEMPLATE_LIB = 'templates/mintlify-webhooks/lib';

describe('the docs template', () => {
  it('is in the type-checked project', () => {
    const config = readFileSync('tsconfig.json', 'utf8');
    expect(config).toContain(`"${TEMPLATE_LIB}"`);
  });

  it.each(files(TEMPLATE_LIB).filter((file) => file.endsWith('.js')))('%s opens with // @ts-check and never opts out', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source.startsWith('// @ts-check\n')).toBe(true);
    expect(source).not.toMatch(/@ts-nocheck|@ts-ignore|@ts-expect-error|\{any\}|\{\*\}/);
  });
});
