import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { derive } from '../../../tools/derive/derive.js';
import { EMITTERS } from '../../../tools/derive/emitters.js';
import type { OutputFile } from '../../../tools/derive/output.js';
import { lintOncePerText as lint } from '../../support/shared-parser-verdicts.js';
import { realSpec } from '../diff/spec-edits.js';
import { ALL_PAYLOADS, BREAKOUT_PAYLOADS, INJECTED, INJECTION_POSITIONS, eventTypeAt, injectedSpec, propertyName } from './injection-cases.js';

type Violation = { path: string; keyword: string; message: string } | undefined;
type ReceiverModule = { byType: Record<string, (value: unknown) => Violation> };
type StrictModule = { byType: Record<string, ((value: unknown) => boolean) & { errors?: { keyword: string; params: Record<string, unknown> }[] | null }> };
type CatalogModule = { EVENT_CATALOG: Record<string, { title: string; summary: string; description: string }>; DELIVERY_RETRIES_DESCRIPTION: string };
type ExamplesModule = { EVENT_EXAMPLES: Record<string, { summary: string; payload: { data: Record<string, unknown> } }[]> };

const spec = injectedSpec(realSpec());
const root = mkdtempSync(join(tmpdir(), 'woes-injection-'));
let files: readonly OutputFile[] = [];
let receiver: ReceiverModule;
let strict: StrictModule;
let catalog: CatalogModule;
let examples: ExamplesModule;

const content = (path: string): string => {
  const file = files.find((item) => item.path === path);
  if (!file) throw new Error(`generate wrote no ${path}`);
  return file.content;
};

/** A generated TypeScript module as JavaScript, as tsc emits it, imported from a file. */
async function importTypeScript<T>(path: string): Promise<T> {
  const { outputText } = ts.transpileModule(content(path), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const target = join(root, `${path}.mjs`);
  writeFileSync(target, outputText);
  return (await import(pathToFileURL(target).href)) as T;
}

const conversationType = 'conversation.created';
/** The first example of conversation.created with `data` changed. */
const conversationWith = (data: Record<string, unknown>): unknown => {
  const example = examples.EVENT_EXAMPLES[conversationType]?.[0]?.payload;
  if (!example) throw new Error('no conversation.created example');
  return { ...example, data: { ...example.data, ...data } };
};
const pointer = (name: string): string => name.replace(/~/g, '~0').replace(/\//g, '~1');

// Every payload in every position in one contract: one generate run (one AsyncAPI parse).
beforeAll(async () => {
  delete (globalThis as Record<string, unknown>)[INJECTED];
  const file = join(root, 'asyncapi.yaml');
  writeFileSync(file, stringify(spec));
  const result = await derive(file, EMITTERS, { lint });
  if (!result.ok) throw new Error(`generate refused the injected spec:\n${result.problems.map((problem) => `${problem.code}: ${problem.message}`).join('\n')}`);
  files = result.files;
  for (const output of files) {
    mkdirSync(dirname(join(root, output.path)), { recursive: true });
    writeFileSync(join(root, output.path), output.content);
  }
  receiver = (await import(pathToFileURL(join(root, 'generated/validators/receiver.js')).href)) as ReceiverModule;
  strict = (await import(pathToFileURL(join(root, 'generated/validators/strict.js')).href)) as StrictModule;
  catalog = await importTypeScript<CatalogModule>('generated/catalog.ts');
  examples = await importTypeScript<ExamplesModule>('generated/examples.ts');
}, 120_000);

describe('spec text in generated code', () => {
  it('runs nothing when the generated modules are imported and called', () => {
    for (const validate of Object.values(receiver.byType)) validate(conversationWith({}));
    for (const validate of Object.values(strict.byType)) validate(conversationWith({}));
    expect((globalThis as Record<string, unknown>)[INJECTED]).toBeUndefined();
  });

  it('leaves generated/types.ts without a statement: types and comments only', () => {
    const { outputText } = ts.transpileModule(content('generated/types.ts'), { compilerOptions: { module: ts.ModuleKind.ESNext, removeComments: true } });
    expect(outputText.trim()).toBe('export {};');
  });

  it('keeps a delivery block text as the catalog constant', () => {
    expect(catalog.DELIVERY_RETRIES_DESCRIPTION).toBe(ALL_PAYLOADS);
  });
});

const cases = INJECTION_POSITIONS.flatMap((position) =>
  BREAKOUT_PAYLOADS.map((payload, index) => ({ position: position.name, payload, index })).filter(({ payload }) => position.applies?.(payload) !== false),
);

describe.each(cases)('$payload.name as a $position', ({ position, payload, index }) => {
  const text = payload.text;
  it('round-trips as data through every module it reaches', () => {
    const validate = receiver.byType[conversationType];
    const validateStrict = strict.byType[conversationType];
    if (!validate || !validateStrict) throw new Error('no conversation.created validators');
    const name = propertyName(position === 'schema example' ? 'examples' : position, index);
    switch (position) {
      case 'pattern': {
        expect(validate(conversationWith({ [name]: payload.matches }))).toBeUndefined();
        expect(validate(conversationWith({ [name]: '\u0000' }))).toEqual({
          path: `/data/${name}`,
          keyword: 'pattern',
          message: `must match pattern "${text}"`,
        });
        expect(validateStrict(conversationWith({ [name]: '\u0000' }))).toBe(false);
        expect(validateStrict.errors?.[0]?.params).toEqual({ pattern: text });
        break;
      }
      case 'enum':
      case 'const': {
        expect(validate(conversationWith({ [name]: text }))).toBeUndefined();
        expect(validateStrict(conversationWith({ [name]: text }))).toBe(true);
        expect(validate(conversationWith({ [name]: `${text}?` }))?.keyword).toBe(position);
        break;
      }
      case 'property name': {
        expect(validate(conversationWith({ [text]: 5 }))).toEqual({ path: `/data/${pointer(text)}`, keyword: 'type', message: 'must be string' });
        expect(validateStrict(conversationWith({ [text]: 'a string' }))).toBe(true);
        break;
      }
      case 'message title, summary and description': {
        const entry = catalog.EVENT_CATALOG[eventTypeAt(spec, index)];
        expect(entry && [entry.title, entry.summary, entry.description]).toEqual([text, text, text]);
        break;
      }
      case 'example summary': {
        expect(examples.EVENT_EXAMPLES[eventTypeAt(spec, index)]?.[0]?.summary).toBe(text);
        break;
      }
      default: {
        // Annotations reach the types' comments and the published schemas only.
        const schema = JSON.parse(content('schemas/definitions.json')) as { definitions: Record<string, { properties: Record<string, unknown> }> };
        const published = schema.definitions.Conversation?.properties[name] as Record<string, unknown>;
        const keyword = position === 'schema example' ? 'examples' : position;
        expect(published[keyword]).toEqual(keyword === 'examples' ? [text] : text);
      }
    }
  });
});

describe('the generated types', () => {
  it('hold each enum value, const and property name as the literal it is', () => {
    const literal = (text: string): string => JSON.stringify(text);
    const lines = [`import type { WebhookEventMap } from './types.js';`, `type Data = WebhookEventMap['conversation.created']['data'];`];
    BREAKOUT_PAYLOADS.forEach(({ text }, index) => {
      lines.push(`export const enum${index}: Data[${literal(propertyName('enum', index))}] = ${literal(text)};`);
      lines.push(`// @ts-expect-error: only the payload itself is the enum's value`);
      lines.push(`export const notEnum${index}: Data[${literal(propertyName('enum', index))}] = ${literal(`${text}?`)};`);
      lines.push(`export const const${index}: Data[${literal(propertyName('const', index))}] = ${literal(text)};`);
      lines.push(`export const named${index}: Data[${literal(text)}] = 'a string';`);
    });
    const dir = join(root, 'generated');
    writeFileSync(join(dir, 'check.ts'), `${lines.join('\n')}\n`);
    const program = ts.createProgram([join(dir, 'check.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
