import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../generated/catalog.js';
import { DOCS_DIR, navigationPages } from './support/docs-site.js';

// The docs send receivers to Woes's REST API. They may name only its documented host, and only
// reads that exist: the kinds' reads of x-woes-fetching and the recovery call of x-woes-recovery.
const pages = await navigationPages();
const texts = pages.map((page) => [page, readFileSync(join(DOCS_DIR, `${page}.mdx`), 'utf8')] as const);
const { baseUrl, kinds } = DELIVERY.fetching;
const known = new Set([
  ...Object.values(kinds).flatMap((kind) => (kind.read === null ? [] : [kind.read])),
  ...DELIVERY.limits.overflow.cuts.flatMap((cut) => (cut.read === null ? [] : [cut.read])),
  DELIVERY.recovery.bulk.api,
]);

/** Every `METHOD https://…` call a text names. */
const callsIn = (text: string): string[] =>
  [...text.matchAll(/\b(GET|POST|PUT|PATCH|DELETE) (https:\/\/[^\s`'"|)]+)/g)].map((match) => `${match[1]} ${match[2]}`);

describe('calls to the REST API on the docs pages', () => {
  it('name only the documented host, https://woes.dev/api/v1', () => {
    expect(baseUrl).toBe('https://woes.dev/api/v1');
    // The changelog too: its 1.2.0 entry names the base URL as it is now, not the one it replaced.
    for (const [page, text] of [...texts, ['openapi.json', readFileSync(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')] as const]) {
      expect(text, page).not.toMatch(/api\.woes\.dev/);
      for (const url of text.match(/https:\/\/[a-z.]*woes\.dev\/api\/[^\s`'")|]*/g) ?? [])
        expect(url === baseUrl || url.startsWith(`${baseUrl}/`), `${page}: ${url}`).toBe(true);
    }
  });

  it('name only reads that exist', () => {
    const calls = texts.flatMap(([page, text]) => callsIn(text).map((call) => [page, call] as const));
    expect(calls.length).toBeGreaterThan(5);
    for (const [page, call] of calls) {
      const [method, url = ''] = call.split(' ');
      expect(known, `${page}: ${call}`).toContain(`${method} ${url.slice(baseUrl.length)}`);
    }
  });

  it('never promise the old fetch: every kind without a read says so where the pages name it', () => {
    for (const [page, text] of texts) {
      expect(text, page).not.toMatch(/fetch the resource|Fetch it through the REST API/i);
    }
    const eventPages = texts.filter(([page]) => page.startsWith('webhooks/events/'));
    for (const [page, text] of eventPages) {
      const fetchLine = text.split('\n').find((line) => line.startsWith('**Fetching more:**')) ?? '';
      expect(fetchLine, page).toMatch(/has no REST read|Read the `(conversation|message)`/);
    }
  });

  it('finds a call to a read that does not exist (the check can fail)', () => {
    const [call = ''] = callsIn(`Read it with \`GET ${baseUrl}/issues/{id}\`.`);
    expect(known).not.toContain(call.replace(` ${baseUrl}`, ' '));
  });
});
