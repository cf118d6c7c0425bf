import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../../tools/derive/derive.js';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('derived outputs', () => {
  it('are deterministic: two runs produce the same bytes', async () => {
    const [first, second] = [await derive('asyncapi.yaml'), await derive('asyncapi.yaml')];
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.files).toEqual(first.files);
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
