import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { generate } from '../../../tools/derive/generate.js';
import { lintOncePerText } from '../../support/shared-parser-verdicts.js';
import { applyCase, BROKEN_SPEC_CASES } from './broken-spec-cases.js';

// Several cases generate from the unchanged spec: the parser checks that text once.
const lint = lintOncePerText;
const spec = readFileSync('asyncapi.yaml', 'utf8');

/**
 * A folder holding `text` as asyncapi.yaml and one previous output, generated/types.ts, whose
 * bytes prove whether anything was written. `withOutputs` copies every committed output too,
 * for the cases that compare or repair them.
 */
function workspaceWith(text: string, { withOutputs = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'woes-generate-'));
  writeFileSync(join(root, 'asyncapi.yaml'), text);
  if (withOutputs) {
    cpSync('generated', join(root, 'generated'), { recursive: true });
    cpSync('schemas', join(root, 'schemas'), { recursive: true });
  } else {
    mkdirSync(join(root, 'generated'));
  }
  writeFileSync(join(root, 'generated', 'types.ts'), '// previous output\n');
  return root;
}

// The cases run side by side (up to five at once), each in its own folder: while one waits for
// the AsyncAPI parser on its thread, another derives on this one. A case's time includes the
// others' turns on those two threads, hence the longer timeout.
const SIDE_BY_SIDE = { timeout: 120_000 };

describe.concurrent.each(BROKEN_SPEC_CASES)('generate on a spec with a $name', (brokenCase) => {
  const { find, code, path } = brokenCase;
  it('reports the problem with file:line, JSON path and fix, exits 1 and writes nothing', SIDE_BY_SIDE, async ({ expect }) => {
    expect(spec.includes(find), 'the edit applies to the current spec').toBe(true);
    const root = workspaceWith(applyCase(spec, brokenCase));
    const lines: string[] = [];
    const exitCode = await generate({ lint, root, log: (line) => lines.push(line) });
    const output = lines.join('\n');
    expect(exitCode).toBe(1);
    expect(output).toMatch(/^asyncapi\.yaml:\d+:\d+ {2}\$/m);
    expect(output).toContain(path);
    expect(output).toMatch(/\n {2}fix: \S/);
    const reported = [...output.matchAll(/\(([\w/-]+)\)\n/g)].map((match) => match[1]);
    expect(reported.some((reportedCode) => code.test(reportedCode ?? ''))).toBe(true);
    expect(output).toContain('nothing was written');
    expect(output).not.toMatch(/\n\s+at \S+ \(/);
    expect(readFileSync(join(root, 'generated', 'types.ts'), 'utf8')).toBe('// previous output\n');
  });
});

describe.concurrent('generate on a repository with a misnamed release file', SIDE_BY_SIDE, () => {
  it('reports the release problem in one block, exits 1 and writes nothing', async ({ expect }) => {
    const root = workspaceWith(spec);
    mkdirSync(join(root, 'releases'));
    writeFileSync(join(root, 'releases', '9.9.9.yaml'), spec);
    const lines: string[] = [];
    expect(await generate({ lint, root, log: (line) => lines.push(line) })).toBe(1);
    const output = lines.join('\n');
    expect(output).toMatch(/^releases\/9\.9\.9\.yaml:?\S* {2}\$\.info\.version\n.*\(release_misnamed\)\n {2}fix: Name a release after its version/m);
    expect(output).not.toMatch(/\n\s+at \S+ \(/);
    expect(readFileSync(join(root, 'generated', 'types.ts'), 'utf8')).toBe('// previous output\n');
  });
});

describe.concurrent('generate --check', SIDE_BY_SIDE, () => {
  it('passes on the committed outputs', async ({ expect }) => {
    const lines: string[] = [];
    expect(await generate({ lint, root: '.', check: true, log: (line) => lines.push(line) })).toBe(0);
    expect(lines.join('\n')).toMatch(/up to date/);
  });

  it('fails with a diff and the fix command when an output is stale, missing or extra', async ({ expect }) => {
    const root = workspaceWith(spec, { withOutputs: true });
    writeFileSync(join(root, 'generated', 'stray.ts'), 'export {};\n');
    const lines: string[] = [];
    expect(await generate({ lint, root, check: true, log: (line) => lines.push(line) })).toBe(1);
    const output = lines.join('\n');
    expect(output).toMatch(/stale: generated\/types\.ts\n\s+@@/);
    expect(output).toContain('- // previous output');
    expect(output).toContain('not produced by the spec: generated/stray.ts');
    expect(output).toContain('Run `npm run generate`');
    expect(readFileSync(join(root, 'generated', 'types.ts'), 'utf8')).toBe('// previous output\n');
  });

  it('repairs drift when run without --check', async ({ expect }) => {
    const root = workspaceWith(spec, { withOutputs: true });
    expect(await generate({ lint, root, log: () => undefined })).toBe(0);
    expect(readFileSync(join(root, 'generated', 'types.ts'), 'utf8')).toBe(readFileSync('generated/types.ts', 'utf8'));
    expect(await generate({ lint, root, check: true, log: () => undefined })).toBe(0);
  });
});
