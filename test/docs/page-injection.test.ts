import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { plainText } from '../../templates/mintlify-webhooks/lib/mdx.js';
import { derive } from '../../tools/derive/derive.js';
import { EMITTERS } from '../../tools/derive/emitters.js';
import { lintOncePerText as lint } from '../support/shared-parser-verdicts.js';
import { realSpec } from '../tools/diff/spec-edits.js';
import { ALL_PAYLOADS, BREAKOUT_PAYLOADS, eventTypeAt, FENCE_BREAKOUT, FRONTMATTER_BREAKOUT, INJECTED, injectedSpec } from '../tools/derive/injection-cases.js';

/**
 * Every page `generate` writes from a spec full of break-out attempts (test/tools/derive/
 * injection-cases.ts), compiled and run with the real MDX compiler and Mintlify's Markdown
 * plugins (GFM tables, math), then rendered: nothing of the spec may run, and its text must
 * be on the page.
 */
const spec = injectedSpec(realSpec());
/** Page path (docs/…mdx) → what it rendered to, as text, and its frontmatter. */
const pages = new Map<string, { text: string; frontmatter: Record<string, unknown> }>();

/** A stand-in for each Mintlify component: its string props, then its children, as text. */
function stub(name: string) {
  const component = ({ children, ...props }: { children?: ReactNode } & Record<string, unknown>) =>
    createElement(
      'div',
      { 'data-component': name },
      Object.values(props)
        .filter((value) => typeof value === 'string')
        .join(' '),
      ' ',
      children,
    );
  component.displayName = name;
  return component;
}

const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Text compared without whitespace and the marks Markdown gives meaning (emphasis, code spans). */
const normal = (text: string): string => text.replace(/[\s`*_]/g, '');
/** A value shown in a code span holds its line breaks as JSON writes them. */
const asShown = (text: string): string[] => [normal(text), normal(JSON.stringify(text).slice(1, -1))];

beforeAll(async () => {
  delete (globalThis as Record<string, unknown>)[INJECTED];
  const root = mkdtempSync(join(tmpdir(), 'woes-page-injection-'));
  const file = join(root, 'asyncapi.yaml');
  writeFileSync(file, stringify(spec));
  const result = await derive(file, EMITTERS, { lint });
  if (!result.ok) throw new Error(`generate refused the injected spec:\n${result.problems.map((problem) => `${problem.code}: ${problem.message}`).join('\n')}`);
  for (const output of result.files.filter((item) => item.path.endsWith('.mdx'))) {
    const names = new Set([...output.content.matchAll(/<([A-Z][A-Za-z]*)/g)].map((match) => match[1] ?? ''));
    const components = Object.fromEntries([...names].map((name) => [name, stub(name)]));
    // evaluate() compiles the page and runs it as a module: an injected `export` would run here.
    const { default: Content } = await evaluate(output.content, { ...runtime, remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath] });
    const html = renderToString(createElement(Content, { components }));
    const head = /^---\n([\s\S]*?)\n---\n/.exec(output.content)?.[1] ?? '';
    pages.set(output.path, { text: decode(html), frontmatter: parse(head) as Record<string, unknown> });
  }
}, 180_000);

const eventPage = (type: string): string => `docs/webhooks/events/${type.replace(/[._]/g, '-')}.mdx`;
const textOf = (path: string): string => {
  const found = pages.get(path);
  if (!found) throw new Error(`generate wrote no ${path}`);
  return normal(found.text);
};

describe('spec text on the docs pages', () => {
  it('runs nothing when every page is compiled, evaluated and rendered', () => {
    expect(pages.size).toBeGreaterThan(20);
    expect((globalThis as Record<string, unknown>)[INJECTED]).toBeUndefined();
  });

  it('keeps a figure in a guide frontmatter inside its value, on its line', () => {
    const guide = pages.get('docs/webhooks/idempotency.mdx');
    expect(guide?.frontmatter.description).toBe(plainText(`The same event can arrive more than once; deduplicate on the \`${FRONTMATTER_BREAKOUT}\` header.`));
    // No key more than the committed page has: nothing broke out into a field of its own.
    const committed = parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync('docs/webhooks/idempotency.mdx', 'utf8'))?.[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(guide?.frontmatter ?? {})).toEqual(Object.keys(committed));
    // In the body it is inline code, where a line break shows as JSON writes it.
    expect(asShown(FRONTMATTER_BREAKOUT).some((shown) => textOf('docs/webhooks/idempotency.mdx').includes(shown))).toBe(true);
  });

  it('keeps an example body in its code fence', () => {
    expect(textOf(eventPage(eventTypeAt(spec, 0)))).toContain(normal(JSON.stringify(FENCE_BREAKOUT)));
  });

  it.each([
    ['a tag description on the catalog', 'docs/webhooks/catalog.mdx'],
    ['a tag description on the overview cards', 'docs/webhooks/overview.mdx'],
    ['a header description on an event page', eventPage('message.created')],
    ['a delivery block text in a guide', 'docs/webhooks/idempotency.mdx'],
  ])('shows %s as text', (_name, path) => {
    expect(textOf(path)).toContain(normal(ALL_PAYLOADS));
  });
});

describe.each(BREAKOUT_PAYLOADS.map((payload, index) => ({ ...payload, index })))('$name on a page', ({ text, index }) => {
  it('shows a property description, enum value, const and property name as text', () => {
    const page = textOf(eventPage('conversation.created'));
    expect(page).toContain(normal(text));
    expect(asShown(text).some((shown) => page.includes(`Oneof:${shown}.`))).toBe(true);
    expect(asShown(text).some((shown) => page.includes(`Always${shown}.`))).toBe(true);
    // The component's name prop, then its type, then its description.
    expect(page).toContain(`${normal(text)}stringApropertynamedbythepayload.`);
  });

  it('shows a message title, summary and description, and an example summary, as text', () => {
    const type = eventTypeAt(spec, index);
    const page = pages.get(eventPage(type));
    expect(page?.frontmatter.description).toBe(plainText(text));
    expect(textOf(eventPage(type))).toContain(normal(text));
    expect(textOf('docs/webhooks/catalog.mdx')).toContain(normal(text));
  });
});
