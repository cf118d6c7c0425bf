import type { BrowserContext, Page } from 'playwright-core';

// @mintlify/components loads named icons from Mintlify's icon CDN, which the offline test
// machine cannot reach. The harness answers those requests with a blank SVG; any other
// request leaving 127.0.0.1 is recorded as a problem.
const ICON_CDN = /^https:\/\/[a-z0-9]+\.cloudfront\.net\/v\d+\.\d+\.\d+\/[a-z-]+\/[a-z0-9-]+\.svg$/;

export async function routeOffline(context: BrowserContext, origin: string, external: string[]): Promise<void> {
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = route.request().url();
      if (ICON_CDN.test(url)) {
        await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"/>' });
        return;
      }
      external.push(url);
      await route.abort();
    },
  );
}

/**
 * One tab that opens page after page, for the checks to read. A navigation replaces the
 * document and everything its scripts did; reusing the tab spares starting a renderer for
 * every page (about a third of a visit). Visits take turns.
 */
export interface Tab {
  /**
   * Opens the URL, waits until React has hydrated it, and runs `read` on the page with what
   * went wrong so far: console errors, uncaught exceptions, failed or non-2xx requests.
   */
  visit<T>(url: string, read: (page: Page, errors: readonly string[]) => Promise<T>): Promise<T>;
}

/**
 * How long a navigation, the hydration and each read may take: a page that never loads or never
 * hydrates fails here, saying which step and which URL, while a loaded machine's slow one does not.
 */
export const PAGE_DEADLINE_MS = 120_000;

export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_DEADLINE_MS);
  page.setDefaultNavigationTimeout(PAGE_DEADLINE_MS);
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  let turn: Promise<unknown> = Promise.resolve();
  return {
    visit(url, read) {
      const run = async () => {
        errors = [];
        const mine = errors;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForSelector('body[data-hydrated="true"]');
        return read(page, mine);
      };
      const result = turn.then(run, run);
      turn = result.catch(() => undefined);
      return result;
    },
  };
}
