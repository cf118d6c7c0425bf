import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'jsonc-parser';
import { runCli } from '../../src/cli/run-cli.js';
import { MAINTAINER_CLI } from '../../tools/cli/program.js';
import { publishDocs } from '../../tools/publish-docs/publish-docs.js';
import { PublishRefusal } from '../../tools/publish-docs/publish-refusal.js';
import { REFUSAL_CASES, type CaseSections } from './publish-refusal-cases.js';
import { copySite, removeScratch, renderedSection, snapshot, STAND_IN_SITE } from './support/stand-in-site.js';

// Publishing the webhooks section into a copy of the stand-in docs.woes.dev, with the section
// rendered once for the site's Font Awesome (the publish's own render path, with Mintlify's
// checks of the merged site, is test/docs/publish-docs-site.test.ts).
let sections: CaseSections;
beforeAll(async () => {
  sections = { fontawesome: await renderedSection('fontawesome'), lucide: 'docs' };
}, 120_000);
afterAll(removeScratch);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const readJson = async (file: string): Promise<{ [key: string]: Json }> => parse(await readFile(file, 'utf8')) as { [key: string]: Json };

/** The site's config with the section's part taken out: what the site itself wrote. */
function withoutSection(config: { [key: string]: Json }, sectionRedirects: readonly Json[]): { [key: string]: Json } {
  const copy = structuredClone(config) as { navigation: { tabs: { tab: string; groups: Json[] }[] }; redirects: Json[] };
  for (const tab of copy.navigation.tabs) if (tab.tab === 'Webhooks') tab.groups = [];
  copy.redirects = copy.redirects.filter((redirect) => !sectionRedirects.some((own) => JSON.stringify(own) === JSON.stringify(redirect)));
  return copy as unknown as { [key: string]: Json };
}

describe('npm run docs:publish into the stand-in docs.woes.dev', () => {
  let site: string;
  let before: Record<string, string>;
  let first: Awaited<ReturnType<typeof publishDocs>>;

  beforeAll(async () => {
    site = await copySite();
    before = await snapshot(site);
    first = await publishDocs({ site, section: sections.fontawesome });
  });

  it('copies the whole section in: every file its manifest lists, and the manifest', async () => {
    const manifest = await readJson(join(sections.fontawesome, 'webhooks/section.json'));
    const listed = Object.keys(manifest.files as Record<string, string>);
    expect([...first.written].sort()).toEqual([...listed, 'webhooks/section.json'].sort());
    const after = await snapshot(site);
    const section = await snapshot(sections.fontawesome);
    for (const path of Object.keys(section)) expect(after[path], path).toBe(section[path]);
  });

  it("leaves every file of the site's own byte for byte as it was", async () => {
    const after = await snapshot(site);
    for (const [path, sha] of Object.entries(before)) if (path !== 'docs.json') expect(after[path], path).toBe(sha);
  });

  it("keeps every key, group and redirect of the site's docs.json, in order, and its formatting", async () => {
    const original = await readFile(join(STAND_IN_SITE, 'docs.json'), 'utf8');
    const merged = await readFile(join(site, 'docs.json'), 'utf8');
    const manifest = await readJson(join(sections.fontawesome, 'webhooks/section.json'));
    const redirects = manifest.redirects as Json[];
    // The values: the site's own config, less the section's groups and redirects, is the original, key order included.
    expect(JSON.stringify(withoutSection(await readJson(join(site, 'docs.json')), redirects))).toBe(JSON.stringify(parse(original)));
    // The text: every line of the original is in the merged file, in order (a comma added where
    // an array grew), but the one that held the value the section owns, the tab's empty groups.
    const mergedLines = merged.split('\n');
    let at = 0;
    const lost: string[] = [];
    for (const line of original.split('\n')) {
      const found = mergedLines.findIndex((candidate, index) => index >= at && (candidate === line || candidate === `${line},`));
      if (found === -1) lost.push(line);
      else at = found + 1;
    }
    expect(lost).toEqual(['                "groups": []']);
    expect(merged).toContain('"groups": [\n                    {\n                        "group": "Webhooks",');
    expect(merged).toContain('        { "source": "/webhooks", "destination": "/webhooks/overview" }\n    ]');
  });

  it('names every icon in the site’s library and sets no icon library of its own', async () => {
    const config = await readJson(join(site, 'docs.json'));
    expect(config.icons).toEqual({ library: 'fontawesome' });
    expect(await readFile(join(site, 'webhooks/overview.mdx'), 'utf8')).toContain('icon="comments"');
  });

  it('changes nothing the second time: byte-identical, and says so', async () => {
    const published = await snapshot(site);
    const second = await publishDocs({ site, section: sections.fontawesome });
    expect(second.upToDate).toBe(true);
    expect(second.written).toEqual([]);
    expect(await snapshot(site)).toEqual(published);
  });
});

describe('a publish refuses, with one message, and writes nothing', () => {
  it.each(REFUSAL_CASES)('$name: $code', async ({ code, says, setup }) => {
    const site = await copySite();
    const options = await setup(site, sections);
    const before = await snapshot(site).catch(() => ({}));
    const refused = await publishDocs({ site, ...options }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PublishRefusal);
    expect((refused as PublishRefusal).code).toBe(code);
    expect((refused as PublishRefusal).message).toMatch(says);
    expect(await snapshot(site)).toEqual(before);
  });

  it('covers every refusal code the command has', async () => {
    const source = await readFile('tools/publish-docs/publish-refusal.ts', 'utf8');
    const codes = [...(source.match(/export type RefusalCode =([^;]+);/)?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    expect(new Set(REFUSAL_CASES.map((item) => item.code))).toEqual(new Set(codes));
  });
});

describe('the command line', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(MAINTAINER_CLI, ['publish-docs', ...args], { out: (line) => out.push(line), err: (line) => err.push(line), cwd: process.cwd() });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('--check exits 1 while the site is behind the section, 0 once it is published, and writes nothing', async () => {
    const site = await copySite();
    const before = await snapshot(site);
    const behind = await run(['--site', site, '--section', sections.fontawesome, '--check']);
    expect(behind).toMatchObject({ code: 1, err: '' });
    expect(behind.out).toMatch(/would write \d+ file\(s\)/);
    expect(await snapshot(site)).toEqual(before);
    expect((await run(['--site', site, '--section', sections.fontawesome])).code).toBe(0);
    expect(await run(['--site', site, '--section', sections.fontawesome, '--check'])).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
  });

  it('prints a refusal as its message, its code and "nothing was written", without a stack', async () => {
    const site = await copySite();
    await writeFile(join(site, 'docs.json'), '{');
    const result = await run(['--site', site, '--section', sections.fontawesome]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^publish-docs: .*docs\.json is not a JSON object/);
    expect(result.err).toContain('(site_config_not_json; nothing was written)');
    expect(result.err).not.toMatch(/\n\s+at /);
    await rm(site, { recursive: true, force: true });
  });

  it('says --site is required', async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining('--site is required') });
  });
});
