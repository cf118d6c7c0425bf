import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTypes, TypesFormatError } from '../../../tools/derive/format-types.js';
import { generate } from '../../../tools/derive/generate.js';

// generated/types.ts is formatted by Biome's binary (tools/derive/format-types.ts), in the
// style json-schema-to-typescript's prettier pass used to give it.
describe('formatTypes', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints the generated TypeScript in the committed style: two spaces, single quotes, no trailing commas', () => {
    expect(formatTypes('export type A = {\na: "x" | "y"\nb: Array<\nstring>\n}\n')).toBe("export type A = {\n  a: 'x' | 'y';\n  b: Array<string>;\n};\n");
  });

  it('refuses TypeScript that does not parse with a typed error, not a half-formatted file', () => {
    expect(() => formatTypes('export type A = {\n')).toThrowError(expect.objectContaining({ name: 'TypesFormatError', code: 'types_format_failed' }));
  });

  it('says what to do when the Biome binary cannot run', () => {
    vi.stubEnv('BIOME_BINARY', '/nonexistent/biome');
    const run = (): string => formatTypes('export type A = string;\n');
    expect(run).toThrowError(TypesFormatError);
    expect(run).toThrowError(/Run `npm install`/);
  });

  it('makes generate exit 1 with one line and its fix, no stack trace, when Biome cannot run', async () => {
    vi.stubEnv('BIOME_BINARY', '/nonexistent/biome');
    const lines: string[] = [];
    const exit = await generate({ root: process.cwd(), check: true, log: (line) => lines.push(line), lint: async () => [] });
    expect(exit).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cannot run Biome .*Run `npm install`.*\(types_format_failed\); nothing was written\.$/);
  });
});
