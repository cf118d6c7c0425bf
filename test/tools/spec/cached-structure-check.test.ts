import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parserStructureSchema, structureValidator } from '../../../tools/spec/cached-structure-check.js';
import type { Json as SpecJson, JsonObject } from '../../../tools/spec/load-spec.js';
import { resolveLocalRef } from '../../../tools/spec/spec-model.js';
import { BROKEN_SPEC_CASES } from '../derive/broken-spec-cases.js';

type Validate = (data: unknown) => boolean;
type Json = Record<string, unknown>;

// The parser's own pieces, loaded from where the parser loads them.
const fromParser = createRequire(createRequire(import.meta.url).resolve('@asyncapi/parser'));
const fromSpectral = createRequire(fromParser.resolve('@stoplight/spectral-functions'));
const { AsyncAPIFormats } = fromParser('./ruleset/formats.js') as { AsyncAPIFormats: Map<string, unknown> };
const { createAjvInstances } = fromSpectral('./schema/ajv.js') as {
  createAjvInstances: () => (schema: object, dialect: string, allErrors: boolean) => Validate;
};

const spec = readFileSync('asyncapi.yaml', 'utf8');
// Parsed once; each edit works on its own copy.
const parsed = parse(spec) as Json;
const raw = (): Json => structuredClone(parsed);
const formats = new Set([AsyncAPIFormats.get('3.0.0')]);

/** Documents the two validators must agree on, valid and invalid: edits of the real spec, as data. */
const EDITS: readonly { readonly name: string; readonly edit: (document: Json) => void }[] = [
  { name: 'the spec as it is', edit: () => undefined },
  { name: 'another AsyncAPI version', edit: (d) => (d.asyncapi = '2.6.0') },
  { name: 'an unknown root property', edit: (d) => (d.extra = 1) },
  { name: 'an x- root property', edit: (d) => (d['x-extra'] = { any: 'thing' }) },
  { name: 'no info', edit: (d) => delete d.info },
  { name: 'channels as a list', edit: (d) => (d.channels = []) },
  { name: 'a contact email that is not an email', edit: (d) => ((d.info as Json).contact = { name: 'Woes', email: 'not an email' }) },
  { name: 'a licence URL that is not a URI', edit: (d) => ((d.info as Json).license = { name: 'MIT', url: 'not a uri' }) },
  { name: 'external docs without a URL', edit: (d) => (d.externalDocs = { description: 'Docs' }) },
  { name: 'a $ref with brackets (a valid JSON pointer, not a URI)', edit: (d) => (d['x-ref'] = { $ref: '#/components/schemas/[a]' }) },
  { name: 'a schema with an unknown type', edit: (d) => (((d.components as Json).schemas as Json).Broken = { type: 'nonsense' }) },
  { name: 'an operation without an action', edit: (d) => delete (Object.values(d.operations as Json)[0] as Json).action },
];

/** The document with every local $ref replaced by its target, as the parser's resolved rule sees it. */
function resolvedDocument(document: unknown): unknown {
  const root = document as JsonObject;
  const walk = (value: SpecJson, depth: number): SpecJson => {
    if (Array.isArray(value)) return value.map((item) => walk(item, depth));
    if (value === null || typeof value !== 'object') return value;
    const ref = value.$ref;
    if (typeof ref === 'string' && depth < 20) {
      const target = resolveLocalRef(root, ref);
      if (target !== undefined) return walk(target, depth + 1);
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, depth)]));
  };
  return walk(root, 0);
}

function documents(): { name: string; document: unknown }[] {
  const edited = EDITS.map(({ name, edit }) => {
    const document = raw();
    edit(document);
    return { name, document };
  });
  const broken = BROKEN_SPEC_CASES.filter((entry) => !entry.hostile && spec.includes(entry.find)).flatMap(({ name, find, replace }) => {
    try {
      return [{ name: `broken spec: ${name}`, document: parse(spec.replace(find, replace), { maxAliasCount: 100 }) as unknown }];
    } catch {
      return []; // not YAML: it never reaches the parser
    }
  });
  return [...edited, ...broken];
}

/** Every document, edited and broken, parsed once for both passes below (a parse takes 50 ms). */
const DOCUMENTS = documents();

describe.each([true, false])("the cached structure check (resolved: %s) against the parser's own", (resolved) => {
  const schema = parserStructureSchema(formats, resolved);
  if (!schema) throw new Error('the parser has no schema for AsyncAPI 3.0.0');
  const cases = DOCUMENTS.map(({ name, document }) => ({ name, document: resolved ? resolvedDocument(document) : document }));
  // The validator the parser's rule compiles for itself, with Spectral's own ajv set-up.
  const parsers: Validate = createAjvInstances()(schema, 'draft7', true);

  it.each(cases)('agrees on $name', ({ document }) => {
    expect(structureValidator(schema)(document)).toBe(parsers(document));
  });

  it('sees both valid and invalid documents among them (the comparison can fail)', () => {
    const verdicts = new Set(cases.map(({ document }) => parsers(document)));
    expect([...verdicts].sort()).toEqual([false, true]);
  });
});

// The cache's handling is the same for any schema; a small one keeps each compile to
// milliseconds (the parser's takes half a second).
describe('the cache on disk', () => {
  const schema = {
    $id: 'https://example.test/small.json',
    type: 'object',
    required: ['asyncapi'],
    additionalProperties: false,
    properties: { asyncapi: { const: '3.0.0' } },
  };
  const invalid = { asyncapi: '3.0.0', extra: 1 };
  const cached = (dir: string): string[] => readdirSync(dir).filter((file) => file.startsWith('asyncapi-structure-'));
  const emptyDir = (): string => mkdtempSync(join(tmpdir(), 'woes-structure-cache-'));
  // One compile into an empty folder; the cases below start from its file.
  const first = emptyDir();
  const answer = structureValidator(schema, first)(invalid);
  const [name = ''] = cached(first);

  it('keeps the compiled validator as one whole file, and nothing half-written', () => {
    expect(answer).toBe(false);
    expect(readdirSync(first)).toEqual([name]);
    expect(name).toMatch(/^asyncapi-structure-[0-9a-f]{24}\.cjs$/);
  });

  it('loads a cached file as found, without compiling', () => {
    // A file that accepts everything: the verdict shows the file, not a fresh compile, answered.
    const planted = emptyDir();
    writeFileSync(join(planted, name), 'module.exports = () => true;\n');
    expect(structureValidator(schema, planted)(invalid)).toBe(true);
  });

  it.each(['module.exports = (', 'module.exports = 42;'])('compiles again over a cached file that is not a validator: %s', (garbage) => {
    const dir = emptyDir();
    writeFileSync(join(dir, name), garbage);
    expect(structureValidator(schema, dir)(invalid)).toBe(false);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(first, name), 'utf8'));
  });

  it('still answers when the cache cannot be written', () => {
    const file = join(emptyDir(), 'a-file');
    writeFileSync(file, '');
    // The "folder" is a file: nothing can be written under it.
    expect(structureValidator(schema, join(file, 'cache'))(invalid)).toBe(false);
    expect(existsSync(join(file, 'cache'))).toBe(false);
  });
});
