import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_DIR } from '../../tools/derive/docs/docs-emitter.js';

// The docs team's path: the template run by @asyncapi/generator itself (the engine behind
// `asyncapi generate fromTemplate asyncapi.yaml ./templates/mintlify-webhooks`), not by
// `npm run generate`, which calls the template's renderSite directly. Both must write the
// same bytes, or the committed pages would depend on who rendered them.
interface GeneratorInstance {
  generateFromFile(file: string): Promise<void>;
}
const Generator = createRequire(import.meta.url)('@asyncapi/generator') as new (
  templateDir: string,
  outDir: string,
  options: { forceWrite: boolean },
) => GeneratorInstance;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

let outDir: string;
let written: string[] = [];

beforeAll(async () => {
  if (!existsSync('dist/tools/spec/spec-model.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this suite.');
  outDir = mkdtempSync(join(tmpdir(), 'woes-generator-'));
  await new Generator(TEMPLATE_DIR, outDir, { forceWrite: true }).generateFromFile('asyncapi.yaml');
  written = listFiles(outDir).map((file) => relative(outDir, file).split('\\').join('/'));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the template under @asyncapi/generator', () => {
  it('writes every page npm run generate writes for it', () => {
    expect(written).toContain('docs.json');
    expect(written).toContain('openapi.json');
    expect(written).toContain('webhooks/catalog.mdx');
    const eventPages = readdirSync('docs/webhooks/events').map((file) => `webhooks/events/${file}`);
    expect(written.filter((file) => file.startsWith('webhooks/events/')).sort()).toEqual(eventPages.sort());
  });

  it('writes them byte for byte as committed in docs/', () => {
    for (const file of written) expect(readFileSync(join(outDir, file), 'utf8'), file).toBe(readFileSync(join('docs', file), 'utf8'));
  });
});
