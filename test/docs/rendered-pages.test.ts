import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { parse } from 'yaml';
import { VERIFICATION_ERROR_CODES } from '../../src/runtime/signing/errors.js';
import { INSTALL_CHROMIUM, launchChromium } from './support/browser.js';
import { eventPage, navigationPages } from './support/docs-site.js';
import { openTab, routeOffline, type Tab } from './support/page-check.js';
import { renderSite } from './support/render-site.js';
import { serveStatic } from './support/serve-static.js';

const PAGES = await navigationPages();
const SCREENSHOTS = [
  { page: 'webhooks/overview', file: 'overview.png' },
  { page: eventPage('conversation.created'), file: 'event-conversation-created.png' },
  { page: 'webhooks/signing', file: 'signing.png' },
  { page: 'webhooks/frameworks', file: 'frameworks.png' },
  { page: 'webhooks/quickstart', file: 'quickstart.png' },
  { page: 'webhooks/limits', file: 'limits.png' },
];
const SCREENSHOT_DIR = 'test-results/docs';

let site: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let tab: Tab;
let outDir: string;
const external: string[] = [];

// Rendering the section's ~40 pages (MDX, highlighting of every code block) takes about a
// minute on a quiet 2-core machine and more than the default two while the whole suite runs.
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'woes-docs-site-'));
  await renderSite(PAGES, outDir);
  site = await serveStatic(outDir);
  browser = await launchChromium();
  await routeOffline(browser.context, site.url, external);
  tab = await openTab(browser.context);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface Visit {
  readonly errors: readonly string[];
  readonly text: string;
  /** Names of the ResponseFields not nested in an Expandable: the top-level payload fields. */
  readonly topLevelFields: readonly string[];
  /** Every code block that parses as JSON. */
  readonly jsonBlocks: readonly unknown[];
  /** The page description (frontmatter) as the page shows it under the title. */
  readonly lead: string;
  /** The type pill of every field, nested ones included (`string`, `object[]`, ...). */
  readonly fieldTypes: readonly string[];
  /** Each field's own text: its description and facts, without the fields nested in it. */
  readonly fieldTexts: readonly string[];
  /** Every link target on the page. */
  readonly links: readonly string[];
  /** The page's text without its code blocks: the words written for the reader. */
  readonly prose: string;
  /** The page's text with every link taken out: what is left is plain text. */
  readonly unlinkedText: string;
  /** Each table: its first header cell and the inline code of its first column. */
  readonly tables: readonly { readonly head: string; readonly codes: readonly string[] }[];
  /** Vertical position of the first JSON code block and of the first field, in px from the top. */
  readonly firstJsonTop: number | undefined;
  readonly firstFieldTop: number | undefined;
  /** The tab labels of each code group, in order. */
  readonly codeGroupTabs: readonly (readonly string[])[];
  /** Every line of every code block as the page shows it. */
  readonly codeLines: readonly string[];
}

// Each page is opened once; the console check and the content checks read the same visit.
const visits = new Map<string, Promise<Visit>>();

function visit(path: string): Promise<Visit> {
  let result = visits.get(path);
  if (!result) {
    result = tab.visit(`${site.url}/${path}`, async (page, errors) => {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, what a reader sees
      const text = await page.locator('#root').innerText();
      const topLevelFields = await page.$$eval('[data-component-part="field-name"]', (nodes) =>
        nodes.filter((node) => node.closest('[data-component-part="expandable-content"], details') === null).map((node) => node.textContent?.trim() ?? ''),
      );
      const blocks = await page.$$eval('pre', (nodes) => nodes.map((node) => node.textContent ?? ''));
      const jsonBlocks = blocks.flatMap((block) => {
        try {
          return [JSON.parse(block) as unknown];
        } catch {
          return [];
        }
      });
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, what a reader sees
      const lead = await page.locator('.lead').innerText();
      const fieldTypes = await page.$$eval('[data-component-part="field-info-pill"]', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
      const fieldTexts = await page.$$eval('[data-component-part="field-content"]', (nodes) =>
        nodes.map((node) => {
          const own = node.cloneNode(true) as Element;
          own.querySelectorAll('[data-component-part="expandable"]').forEach((nested) => nested.remove());
          return own.textContent ?? '';
        }),
      );
      const links = await page.$$eval('#root a[href]', (nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
      // Code blocks show code that ran, in the library's own names (DELIVERY_LIMITS.maxPayloadBytes).
      const prose = await page.$eval('#root', (root) => {
        const copy = root.cloneNode(true) as Element;
        copy.querySelectorAll('pre').forEach((block) => block.remove());
        // A code group's blocks may render outside <pre>; block code spans lines, inline code does not.
        copy.querySelectorAll('code').forEach((code) => {
          if ((code.textContent ?? '').includes('\n')) code.remove();
        });
        return copy.textContent ?? '';
      });
      const unlinkedText = await page.$eval('#root', (root) => {
        const copy = root.cloneNode(true) as Element;
        copy.querySelectorAll('a').forEach((link) => link.remove());
        return copy.textContent ?? '';
      });
      const tables = await page.$$eval('#root table', (nodes) =>
        nodes.map((table) => ({
          head: table.querySelector('th')?.textContent?.trim() ?? '',
          codes: Array.from(table.querySelectorAll('tbody tr td:first-child code'), (code) => code.textContent ?? ''),
        })),
      );
      const top = (selector: string, json: boolean) =>
        page.$$eval(
          selector,
          (nodes, wantJson) => {
            const node = nodes.find((candidate) => {
              if (!wantJson) return true;
              try {
                JSON.parse(candidate.textContent ?? '');
                return true;
              } catch {
                return false;
              }
            });
            return node ? node.getBoundingClientRect().top + window.scrollY : undefined;
          },
          json,
        );
      const codeGroupTabs = await page.$$eval('[data-component-part="code-group-tab-bar"]', (bars) =>
        bars.map((bar) => Array.from(bar.querySelectorAll('[role="tab"]'), (tab) => tab.textContent?.trim() ?? '')),
      );
      const codeLines = blocks.flatMap((block) => block.split('\n'));
      const firstJsonTop = await top('#root pre', true);
      const firstFieldTop = await top('[data-component-part="field-name"]', false);
      const shot = SCREENSHOTS.find((item) => item.page === path);
      if (shot) await page.screenshot({ path: join(SCREENSHOT_DIR, shot.file), fullPage: true });
      return {
        errors: [...errors],
        text,
        topLevelFields,
        jsonBlocks,
        lead,
        fieldTypes,
        fieldTexts,
        links,
        prose,
        unlinkedText,
        tables,
        firstJsonTop,
        firstFieldTop,
        codeGroupTabs,
        codeLines,
      };
    });
    visits.set(path, result);
  }
  return result;
}

describe('every page in docs.json, rendered with @mintlify/mdx and opened in Chromium', () => {
  it.each(PAGES)('%s hydrates without a console error', async (path) => {
    const { errors, text } = await visit(path);
    expect(text).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('requests nothing outside 127.0.0.1 but the icon CDN', () => {
    expect(external).toEqual([]);
  });

  // The tab is shared: a page's errors must reach its own visit, and only its own (the check can fail).
  it('sees a console error and a missing file on a broken page, and none on the next page', async () => {
    const broken = '<!doctype html><body data-hydrated="true"><img src="/no-such.png"><script>console.error("boom")</script></body>';
    await writeFile(join(outDir, 'broken-page.html'), broken);
    const seen = await tab.visit(`${site.url}/broken-page`, async (_page, errors) => {
      await expect.poll(() => errors.length).toBeGreaterThanOrEqual(2);
      return [...errors];
    });
    expect(seen).toEqual(expect.arrayContaining(['console: boom', expect.stringMatching(/^HTTP 404: .*\/no-such\.png$/)]));
    const next = await tab.visit(`${site.url}/${PAGES[0] ?? ''}`, async (_page, errors) => [...errors]);
    expect(next).toEqual([]);
  });
});

describe('every event page shows its payload', () => {
  it('lists every event type in the navigation', () => {
    expect(EVENT_TYPES.map(eventPage).filter((path) => !PAGES.includes(path))).toEqual([]);
  });

  it.each([...EVENT_TYPES])('%s: a field for every top-level payload property, and every example in full', async (type) => {
    const schema = JSON.parse(await readFile(`schemas/events/${type}.json`, 'utf8')) as { properties: Record<string, unknown> };
    const { topLevelFields, jsonBlocks } = await visit(eventPage(type));
    // Exactly the schema's top-level properties, in order: nested fields sit inside an Expandable.
    expect(topLevelFields).toEqual(Object.keys(schema.properties));
    for (const example of EVENT_EXAMPLES[type]) expect(jsonBlocks, `example ${example.name}`).toContainEqual(example.payload);
  });
});

// The names spec writers use for the delivery settings (`scheduleSeconds`, `toleranceSeconds`, ...):
// a customer reads the figures, never the keys they are stored under.
function camelCaseKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(camelCaseKeys);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [...(/[a-z][A-Z]/.test(key) ? [key] : []), ...camelCaseKeys(inner)]);
}
const SPEC = parse(await readFile('asyncapi.yaml', 'utf8')) as Record<string, unknown>;
const DELIVERY_KEYS = [...new Set(Object.entries(SPEC).flatMap(([key, block]) => (key.startsWith('x-woes-') ? camelCaseKeys(block) : [])))];
const SPEC_INTERNAL: readonly RegExp[] = [
  /x-woes-/,
  /\binfo\.version\b/,
  /\breleases\//,
  /asyncapi\.yaml/,
  /woes-webhooks diff/,
  // Notes about other documents, written for the people who reconciled them.
  /\bthe docs\b/i,
  ...DELIVERY_KEYS.map((key) => new RegExp(`\\b${key}\\b`)),
];
const GUIDES = ['overview', 'quickstart', 'signing', 'retries', 'idempotency', 'ordering', 'limits', 'versioning', 'security'].map(
  (name) => `webhooks/${name}`,
);
const EVENT_PAGES = EVENT_TYPES.map(eventPage);

/** `[page, what]` for each page where `find` reports something. */
async function across(pages: readonly string[], find: (visit: Visit, path: string) => readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of pages) for (const what of find(await visit(path), path)) found.push(`${path}: ${what}`);
  return found;
}

describe('what a customer reads', () => {
  it('knows the words spec writers use (the check can fail)', () => {
    expect(DELIVERY_KEYS).toEqual(expect.arrayContaining(['scheduleSeconds', 'toleranceSeconds', 'retryAfterMaxSeconds']));
  });

  it('every field has a type a reader can write down, arrays with their item type', async () => {
    expect(await across(PAGES, ({ fieldTypes }) => fieldTypes.filter((type) => /unknown/.test(type)))).toEqual([]);
    const { fieldTypes } = await visit(eventPage('conversation.created'));
    expect(fieldTypes).toContain('string[]');
    expect((await visit(eventPage('agent.answer_created'))).fieldTypes).toContain('object[]');
  });

  it('no page shows spec-internal names or notes meant for spec writers', async () => {
    expect(
      await across(PAGES, ({ prose }) =>
        SPEC_INTERNAL.filter((pattern) => pattern.test(prose)).map((pattern) => `${pattern} in "${prose.match(pattern)?.[0]}"`),
      ),
    ).toEqual([]);
  });

  it('the signing page explains every error code the library throws', async () => {
    const { tables } = await visit('webhooks/signing');
    const codes = tables.find((table) => table.head === 'Code')?.codes ?? [];
    expect([...codes].sort()).toEqual([...VERIFICATION_ERROR_CODES].sort());
  });

  it('timestamps show their exact format: UTC with milliseconds', async () => {
    expect(await across(EVENT_PAGES, ({ text }) => (/date-time/.test(text) ? ['says date-time'] : []))).toEqual([]);
    expect(await across(EVENT_PAGES, ({ text }) => (text.includes('YYYY-MM-DDTHH:mm:ss.sssZ') ? [] : ['no exact timestamp format']))).toEqual([]);
  });

  it('cross-references to the guides are links, not plain text', async () => {
    const names = GUIDES.flatMap((guide) => [guide.split('/')[1] ?? '']).map((name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    const plain = (text: string) => [...names, 'Signing and verification'].filter((name) => text.includes(`(${name})`)).map((name) => `plain "(${name})"`);
    expect(plain('The deduplication key (Idempotency).')).toEqual(['plain "(Idempotency)"']);
    expect(await across(PAGES, ({ unlinkedText }) => plain(unlinkedText))).toEqual([]);
    const { links } = await visit(eventPage('conversation.created'));
    expect(links).toEqual(expect.arrayContaining(['/webhooks/idempotency', '/webhooks/ordering', '/webhooks/versioning', '/webhooks/signing']));
  });

  it('page descriptions show no Markdown', async () => {
    expect(await across(PAGES, ({ lead }) => (/[`*]/.test(lead) ? [lead] : []))).toEqual([]);
  });

  it('each field says an enum is open at most once', async () => {
    expect(await across(PAGES, ({ fieldTexts }) => fieldTexts.filter((text) => (text.match(/tolerate/gi) ?? []).length > 1))).toEqual([]);
  });

  it('event pages show the example before the field list, near the top', async () => {
    expect(
      await across(EVENT_PAGES, ({ firstJsonTop, firstFieldTop }) =>
        firstJsonTop !== undefined && firstFieldTop !== undefined && firstJsonTop < firstFieldTop && firstJsonTop < 1500
          ? []
          : [`example at ${firstJsonTop} px, first field at ${firstFieldTop} px`],
      ),
    ).toEqual([]);
  });

  it('links to docs.woes.dev resolve to a page or a published schema of this site', async () => {
    const SITE = 'https://docs.woes.dev/';
    const broken = (link: string): string[] => {
      if (!link.startsWith(SITE)) return [];
      const path = link.slice(SITE.length);
      if (!path.endsWith('.json')) return existsSync(`docs/${path}.mdx`) ? [] : [`${link}: no page`];
      if (!existsSync(`docs/${path}`)) return [`${link}: not published`];
      const { $id } = JSON.parse(readFileSync(`docs/${path}`, 'utf8')) as { $id?: string };
      return $id === link ? [] : [`${link}: the file's $id is ${$id}`];
    };
    expect(broken('https://docs.woes.dev/schemas/webhooks/events/no.such_event.json')).toEqual([
      'https://docs.woes.dev/schemas/webhooks/events/no.such_event.json: not published',
    ]);
    expect(await across(PAGES, ({ links }) => links.flatMap(broken))).toEqual([]);
    expect(
      await across(EVENT_PAGES, ({ links }, path) =>
        links.some((link) => link === `${SITE}schemas/webhooks/events/${EVENT_TYPES[EVENT_PAGES.indexOf(path)]}.json`) ? [] : ['no link to its schema'],
      ),
    ).toEqual([]);
  });
});

describe('code as a reader sees it', () => {
  it('every tab of a code group has its label: the signing page names its six samples', async () => {
    expect(
      await across(PAGES, ({ codeGroupTabs }) => codeGroupTabs.filter((tabs) => tabs.some((label) => label === '')).map((tabs) => tabs.join(' | '))),
    ).toEqual([]);
    const { codeGroupTabs } = await visit('webhooks/signing');
    expect(codeGroupTabs[0]).toEqual([
      'verify-webhook.ts',
      'verify_webhook.py',
      'verify_webhook.go',
      'verify_webhook.rb',
      'verify_webhook.php',
      'WoesWebhook.java',
    ]);
  });

  // About 100 characters fit the page's code width; a JSON string value cannot be broken, so an
  // example line holding one string is the one exception.
  const CODE_WIDTH = 100;
  const oneJsonString = (line: string): boolean => /^\s*"[^"]+": ".*",?$/.test(line);

  it(`no line of code is longer than ${CODE_WIDTH} characters, but a JSON example's single string`, async () => {
    expect(oneJsonString('    "body": "a long message",')).toBe(true);
    expect(oneJsonString('const a = "b"; const c = "d";')).toBe(false);
    expect(
      await across(PAGES, ({ codeLines }) =>
        codeLines.filter((line) => line.length > CODE_WIDTH && !oneJsonString(line)).map((line) => `${line.length}: ${line.slice(0, 60)}…`),
      ),
    ).toEqual([]);
  });
});

describe('without Chromium', () => {
  it('fails with the command that installs it, never skips', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(INSTALL_CHROMIUM);
  });
});
