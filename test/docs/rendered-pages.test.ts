import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { INSTALL_CHROMIUM, launchChromium } from './support/browser.js';
import { eventPage, navigationPages } from './support/docs-site.js';
import { openPage, routeOffline } from './support/page-check.js';
import { renderSite } from './support/render-site.js';
import { serveStatic } from './support/serve-static.js';

const PAGES = await navigationPages();
const SCREENSHOTS = [
  { page: 'webhooks/overview', file: 'overview.png' },
  { page: eventPage('conversation.created'), file: 'event-conversation-created.png' },
  { page: 'webhooks/signing', file: 'signing.png' },
  { page: 'webhooks/frameworks', file: 'frameworks.png' },
];
const SCREENSHOT_DIR = 'test-results/docs';

let site: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let outDir: string;
const external: string[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'woes-docs-site-'));
  await renderSite(PAGES, outDir);
  site = await serveStatic(outDir);
  browser = await launchChromium();
  await routeOffline(browser.context, site.url, external);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

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
}

// Each page is opened once; the console check and the content checks read the same visit.
const visits = new Map<string, Promise<Visit>>();

function visit(path: string): Promise<Visit> {
  let result = visits.get(path);
  if (!result) {
    result = (async () => {
      const { page, errors } = await openPage(browser.context, `${site.url}/${path}`);
      try {
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
        const shot = SCREENSHOTS.find((item) => item.page === path);
        if (shot) await page.screenshot({ path: join(SCREENSHOT_DIR, shot.file), fullPage: true });
        return { errors: [...errors], text, topLevelFields, jsonBlocks };
      } finally {
        await page.close();
      }
    })();
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

describe('without Chromium', () => {
  it('fails with the command that installs it, never skips', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(INSTALL_CHROMIUM);
  });
});
