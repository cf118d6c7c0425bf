import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_RECEIVERS } from '../contract-kit/example-cases.js';

type ReadSnippet = (ref: string, locations: { snippetsDir: string; repositoryRoot: string }) => { language: string; code: string; title: string };
// The docs template is plain JavaScript without declarations: its one function, typed here.
const TEMPLATE_SNIPPETS: string = '../../templates/mintlify-webhooks/lib/snippets.js';
const { readSnippet } = (await import(TEMPLATE_SNIPPETS)) as { readSnippet: ReadSnippet };

const root = mkdtempSync(join(tmpdir(), 'woes-snippets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const locations = { snippetsDir: join(root, 'docs/snippets'), repositoryRoot: root };

/** Writes a file into the scratch repository and returns its path from the root. */
function file(path: string, text: string): string {
  const full = join(root, path);
  rmSync(full, { force: true });
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return path;
}

describe('readSnippet: a recipe region becomes the docs snippet', () => {
  it.each([
    {
      name: 'keeps only the region, in order, joined by a blank line, and shows the package import',
      path: 'examples/demo/server.ts',
      text: "// header\n// #region recipe\nimport { Webhook } from '../../src/runtime/index.js';\n// #endregion recipe\nimport { store } from './test-only.js';\n// #region recipe\nconst webhook = new Webhook(secret);\n// #endregion recipe\nlisten();\n",
      ref: 'examples/demo/server.ts#recipe',
      expected: { language: 'typescript', title: 'server.ts', code: "import { Webhook } from '@woes/webhooks';\n\nconst webhook = new Webhook(secret);" },
    },
    {
      name: 'dedents a region cut from inside a block',
      path: 'examples/demo/app.ts',
      text: 'export function make() {\n  // #region recipe\n  const a = 1;\n  if (a) {\n    go();\n  }\n  // #endregion recipe\n}\n',
      ref: 'examples/demo/app.ts#recipe',
      expected: { language: 'typescript', title: 'app.ts', code: 'const a = 1;\nif (a) {\n  go();\n}' },
    },
    {
      name: 'reads Python markers and keeps the nested route path as the title',
      path: 'examples/demo/app/api/route.py',
      text: 'import os\n# region recipe\nx = 1\n# endregion recipe\n',
      ref: 'examples/demo/app/api/route.py#recipe',
      expected: { language: 'python', title: 'app/api/route.py', code: 'x = 1' },
    },
    {
      name: 'includes a docs/snippets file whole, by its name',
      path: 'docs/snippets/verify.go',
      text: 'package woes\n',
      ref: 'verify.go',
      expected: { language: 'go', title: 'verify.go', code: 'package woes\n' },
    },
  ])('$name', ({ path, text, ref, expected }) => {
    file(path, text);
    expect(readSnippet(ref, locations)).toEqual(expected);
  });

  it.each([
    { name: 'a region that is missing', text: 'const a = 1;\n', error: /has no region "recipe"/ },
    { name: 'a region never closed', text: '// #region recipe\nconst a = 1;\n', error: /never closes it/ },
    {
      name: 'a region closed twice',
      text: '// #region recipe\n// #endregion recipe\n// #endregion recipe\n',
      error: /:3 closes region "recipe", which is not open/,
    },
  ])('fails the run, naming the file and the fix, on $name', ({ text, error }) => {
    file('examples/broken/server.ts', text);
    expect(() => readSnippet('examples/broken/server.ts#recipe', locations)).toThrow(error);
  });
});

describe('the Frameworks page shows the recipes that run', () => {
  const guide = readFileSync('templates/mintlify-webhooks/guides/frameworks.mdx', 'utf8');
  const snippets = [...guide.matchAll(/\{\{snippet:([^}]+)\}\}/g)].map((match) => match[1] ?? '');
  // The recipes, and the store every one of them imports (shown once, whole).
  const STORES = ['examples/common/event-store.ts', 'examples/python/event_store.py'];
  const included = snippets.filter((ref) => !STORES.includes(ref));

  it('shows the store the recipes import, so each recipe runs as pasted', () => {
    expect(snippets.filter((ref) => STORES.includes(ref))).toEqual(STORES);
    const page = readFileSync('docs/webhooks/frameworks.mdx', 'utf8');
    expect(page).toContain("import { EventStore } from './event-store.js';");
    expect(page).toContain('export class EventStore {');
    expect(page).toContain('class EventStore');
    expect(page).not.toMatch(/\.\.\/common\//);
  });

  it('includes every recipe the tests run with a docs snippet, and nothing else', () => {
    const tested = new Set(EXAMPLE_RECEIVERS.flatMap((recipe) => (recipe.docs === undefined ? [] : [recipe.docs])));
    expect(new Set(included)).toEqual(tested);
  });

  it.each(EXAMPLE_RECEIVERS.filter((recipe) => recipe.docs !== undefined).map((recipe) => [recipe.name, recipe.docs ?? ''] as const))(
    '%s: the rendered page holds its region byte for byte',
    (_name, ref) => {
      const page = readFileSync('docs/webhooks/frameworks.mdx', 'utf8');
      const { code } = readSnippet(ref, { snippetsDir: 'docs/snippets', repositoryRoot: '.' });
      expect(page).toContain(code);
      expect(code).not.toMatch(/src\/index\.js|__woes|WOES_INSPECT/); // no repository paths or test-only routes
    },
  );
});
