import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { validateDocsConfig } from '@mintlify/validation';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { DOCS_DIR, navigationPages } from './support/docs-site.js';
import { brokenLinks, prebuildStrict } from './support/mintlify-checks.js';

const scratch: string[] = [];
const ROOT = process.cwd();
afterAll(async () => {
  // prebuildStrict runs from a temporary directory; one that timed out may not have come back
  // yet, and the next suite in this worker's process must start from the repository.
  process.chdir(ROOT);
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A two-page site with the given page bodies, to prove each check fails when it should. */
async function tinySite(pages: Record<string, string>, navigation: readonly string[] = Object.keys(pages)): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'woes-mint-site-'));
  scratch.push(dir);
  const config = {
    $schema: 'https://mintlify.com/docs.json',
    theme: 'mint',
    name: 'Test',
    colors: { primary: '#4F46E5' },
    navigation: { groups: [{ group: 'Pages', pages: navigation }] },
  };
  await writeFile(join(dir, 'docs.json'), JSON.stringify(config));
  for (const [page, body] of Object.entries(pages)) {
    await mkdir(join(dir, page, '..'), { recursive: true });
    await writeFile(join(dir, `${page}.mdx`), `---\ntitle: "${page}"\ndescription: "A test page."\n---\n\n${body}\n`);
  }
  return dir;
}

describe('docs/docs.json', () => {
  it("validates against Mintlify's config schema", async () => {
    const result = await validateDocsConfig(JSON.parse(await readFile(join(DOCS_DIR, 'docs.json'), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is rejected by the same schema when a required field is missing (the check can fail)', async () => {
    const config = JSON.parse(await readFile(join(DOCS_DIR, 'docs.json'), 'utf8')) as Record<string, unknown>;
    delete config.name;
    expect((await validateDocsConfig(config)).success).toBe(false);
  });

  it('has a page file for every navigation entry', async () => {
    const pages = await navigationPages();
    const missing = [];
    for (const page of pages)
      if (
        !(await readFile(join(DOCS_DIR, `${page}.mdx`)).then(
          () => true,
          () => false,
        ))
      )
        missing.push(page);
    // webhooks/changelog is written by the change-log emitter; it must exist like every other page.
    expect(missing).toEqual([]);
  });
});

// Each check reads and compiles every page of the site: ~8 s on a quiet 2-core machine, four
// times that when it is loaded, which the default 30 s does not allow for.
describe('Mintlify prebuild, strict', { timeout: 90_000 }, () => {
  it('builds every page of docs/', async () => {
    await expect(prebuildStrict(DOCS_DIR)).resolves.toBeUndefined();
  });

  it('fails on a navigation entry without a file and on MDX that does not compile', async () => {
    await expect(prebuildStrict(await tinySite({ a: 'Fine.' }, ['a', 'missing']))).rejects.toThrow();
    await expect(prebuildStrict(await tinySite({ a: 'Broken <Note> never closed.' }))).rejects.toThrow();
  });
});

describe('Mintlify link checker', { timeout: 90_000 }, () => {
  it('finds no broken internal link or anchor in docs/', async () => {
    expect(await brokenLinks(DOCS_DIR)).toEqual([]);
  });

  it('reports a link to a missing page and to a missing anchor', async () => {
    const site = await tinySite({ a: '## Real heading\n\nSee [b](/b#no-such-heading) and [c](/c).', b: '## Other heading' });
    expect(await brokenLinks(site)).toEqual(['a.mdx: /b#no-such-heading', 'a.mdx: /c']);
  });
});

describe('the JSON Schemas the site publishes', () => {
  const SITE = 'https://docs.woes.dev/';
  const published = async (): Promise<string[]> =>
    (await readdir(join(DOCS_DIR, 'schemas'), { recursive: true })).filter((file) => file.endsWith('.json')).map((file) => join(DOCS_DIR, 'schemas', file));

  it('serve each receiver schema at the URL its $id names, one per event type', async () => {
    const files = await published();
    for (const file of files) {
      const schema = JSON.parse(await readFile(file, 'utf8')) as { $id?: string };
      expect(schema.$id, file).toBe(`${SITE}${relative(DOCS_DIR, file)}`);
    }
    const events = files.filter((file) => file.includes('/events/')).map((file) => file.replace(/^.*\/events\/|\.json$/g, ''));
    expect(events.sort()).toEqual([...EVENT_TYPES].sort());
  });

  it("are the package's receiver schemas, byte for byte", async () => {
    for (const file of await published())
      expect(await readFile(file, 'utf8'), file).toBe(await readFile(join('schemas', relative(join(DOCS_DIR, 'schemas', 'webhooks'), file)), 'utf8'));
  });

  it('resolve every $ref to a published file', async () => {
    const missing: string[] = [];
    for (const file of await published()) {
      const text = await readFile(file, 'utf8');
      for (const [, target] of text.matchAll(/"\$ref": "([^"#]+)/g)) {
        const path = join(dirname(file), target ?? '');
        if (
          !(await readFile(path).then(
            () => true,
            () => false,
          ))
        )
          missing.push(`${file}: ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('docs/webhooks/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = JSON.parse(await readFile(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as Record<string, unknown>;
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('has exactly one webhooks entry per event type, each a POST with the event schema', async () => {
    const document = JSON.parse(await readFile(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as {
      webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.webhooks).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, item] of Object.entries(document.webhooks)) {
      const ref = item.post.requestBody.content['application/json']?.schema.$ref ?? '';
      expect(document.components.schemas[ref.replace('#/components/schemas/', '')], type).toBeDefined();
    }
  });

  it('is rejected by the validator when broken (the check can fail)', async () => {
    const document = JSON.parse(await readFile(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as Record<string, unknown>;
    const result = await new Validator().validate({ ...document, info: { title: 'no version' } });
    expect(result.valid).toBe(false);
  });
});
