import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDocsConfig } from '@mintlify/validation';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDocs } from '../../tools/publish-docs/publish-docs.js';
import { brokenLinks, prebuildStrict } from './support/mintlify-checks.js';
import { copySite, removeScratch, renderedSection, snapshot } from './support/stand-in-site.js';

// The docs team's command as they run it, `npm run docs:publish -- --site <checkout>`: the
// section rendered from asyncapi.yaml for the site's icon library and merged into the stand-in
// docs.woes.dev, then checked with Mintlify's own tools as CI runs them on docs/ (validateDocsConfig,
// strict prebuild, the link checker). Then the contract loses an event, and the next publish
// must leave no page of it behind. Each Mintlify check reads the whole site: ~10-20 s each.
const ROOT = process.cwd();
let site: string;
let specDir: string;
let siteOwn: Record<string, string>;

beforeAll(async () => {
  site = await copySite();
  siteOwn = await snapshot(site);
  specDir = await mkdtemp(join(tmpdir(), 'woes-spec-less-one-'));
}, 120_000);

afterAll(async () => {
  process.chdir(ROOT);
  await removeScratch();
  if (specDir) await rm(specDir, { recursive: true, force: true });
});

async function mintlifyVerdict(dir: string): Promise<{ config: unknown[]; links: string[] }> {
  const config = await validateDocsConfig(JSON.parse(await readFile(join(dir, 'docs.json'), 'utf8')));
  await prebuildStrict(dir);
  return { config: config.success ? [] : config.error.issues, links: await brokenLinks(dir) };
}

describe('the section published into the stand-in docs.woes.dev', { timeout: 180_000 }, () => {
  it('passes validateDocsConfig, strict prebuild and the link checker', async () => {
    const report = await publishDocs({ site });
    expect(report.written.length).toBeGreaterThan(60);
    expect(await mintlifyVerdict(site)).toEqual({ config: [], links: [] });
    // The section's pages are in the tab the site gave it (the site's index links to its overview).
    const config = JSON.parse(await readFile(join(site, 'docs.json'), 'utf8')) as { navigation: { tabs: { tab: string; groups: unknown[] }[] } };
    const tab = config.navigation.tabs.find((entry) => entry.tab === 'Webhooks');
    expect(JSON.stringify(tab?.groups)).toContain('"webhooks/overview"');
  });

  it('a removed event leaves no page, schema or navigation entry behind', async () => {
    const document = parseDocument(await readFile('asyncapi.yaml', 'utf8'));
    for (const path of [
      ['channels', 'webhookTest'],
      ['operations', 'sendWebhookTest'],
      ['components', 'messages', 'webhookTest'],
      ['components', 'schemas', 'WebhookTestEvent'],
      ['components', 'schemas', 'WebhookTest'],
    ]) {
      expect(document.hasIn(path), path.join('.')).toBe(true);
      document.deleteIn(path);
    }
    await writeFile(join(specDir, 'asyncapi.yaml'), document.toString());
    const report = await publishDocs({ site, section: await renderedSection('fontawesome', join(specDir, 'asyncapi.yaml')) });
    expect(report.removed).toEqual(['schemas/webhooks/events/webhook.test.json', 'webhooks/events/webhook-test.mdx']);
    expect(existsSync(join(site, 'webhooks/events/webhook-test.mdx'))).toBe(false);
    const config = await readFile(join(site, 'docs.json'), 'utf8');
    expect(config).not.toContain('webhook-test');
    expect(await mintlifyVerdict(site)).toEqual({ config: [], links: [] });
    const after = await snapshot(site);
    for (const [path, sha] of Object.entries(siteOwn)) if (path !== 'docs.json') expect(after[path], path).toBe(sha);
  });
});
