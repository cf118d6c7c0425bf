import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../tools/derive/derive.js';
import { EMITTERS } from '../../../tools/derive/emitters.js';
import { lintOncePerText as lint } from '../../support/shared-parser-verdicts.js';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('derived outputs', () => {
  // Two whole runs of the pipeline, side by side (one's parser check overlaps the other's
  // emitters): seconds of work, more under a loaded machine than the default 30 s allows for.
  it('are deterministic: two runs of every emitter produce the same bytes', async () => {
    const [first, second] = await Promise.all([derive('asyncapi.yaml', EMITTERS, { lint }), derive('asyncapi.yaml', EMITTERS, { lint })]);
    if (!first.ok || !second.ok) throw new Error('asyncapi.yaml must derive');
    // Every emitter took part: each wrote into the folders it owns.
    for (const emitter of EMITTERS) {
      for (const dir of emitter.ownedDirs)
        expect(
          first.files.some((file) => file.path.startsWith(`${dir}/`)),
          `${emitter.name} wrote into ${dir}`,
        ).toBe(true);
    }
    for (const path of ['docs/webhooks/changelog.mdx', 'generated/conformance/cases.json', 'docs/docs.json'])
      expect(first.files.map((file) => file.path)).toContain(path);
    expect(second.files).toEqual(first.files);
    // Review tools fold generated files away: .gitattributes must mark every one of them.
    const attributes = execFileSync('git', ['check-attr', '--stdin', 'linguist-generated'], { input: first.files.map((file) => file.path).join('\n') });
    const unmarked = attributes
      .toString()
      .split('\n')
      .filter((line) => line !== '' && !line.endsWith(': linguist-generated: true'));
    expect(unmarked, 'derived files .gitattributes does not mark linguist-generated').toEqual([]);
  });

  it('carry the do-not-edit banner naming the command', () => {
    for (const file of [...walk('generated'), ...walk('schemas')]) {
      expect(readFileSync(file, 'utf8'), file).toContain('Generated from asyncapi.yaml by `npm run generate`');
    }
  });

  it('published schemas carry no x- or x-parser keys and stable $ids', () => {
    for (const file of walk('schemas')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/"x-[\w-]+":/);
      const schema = JSON.parse(text) as { $id?: string };
      expect(schema.$id, file).toBe(`https://docs.woes.dev/schemas/webhooks/${file.slice('schemas/'.length)}`);
    }
  });

  it('generated TypeScript contains no `any`', () => {
    for (const file of walk('generated').filter((path) => path.endsWith('.ts'))) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/:\s*any\b|<any>|\bany\[\]|\bas any\b/);
    }
  });
});
