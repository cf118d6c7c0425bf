import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishDocs, type PublishOptions } from '../../tools/publish-docs/publish-docs.js';
import type { RefusalCode } from '../../tools/publish-docs/publish-refusal.js';

/** The sections a case can publish: rendered for the stand-in's Font Awesome, and the committed docs/ (Lucide). */
export interface CaseSections {
  readonly fontawesome: string;
  readonly lucide: string;
}

/** Each way a publish must refuse, as data: what is done to a fresh copy of the stand-in site first, and the code it must refuse with. */
export interface RefusalCase {
  readonly name: string;
  readonly code: RefusalCode;
  /** A line the message must hold: where the problem is. */
  readonly says: RegExp;
  /** Prepares the site; returns the publish's options beyond the site. */
  readonly setup: (site: string, sections: CaseSections) => Promise<Omit<PublishOptions, 'site'>>;
}

async function editConfig(site: string, edit: (text: string) => string): Promise<void> {
  const file = join(site, 'docs.json');
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the case did not change docs.json: its edit no longer matches the stand-in');
  await writeFile(file, after);
}

async function write(site: string, path: string, content: string): Promise<void> {
  await mkdir(join(site, path, '..'), { recursive: true });
  await writeFile(join(site, path), content);
}

/** A copy of a rendered section with one edit, for the cases about the section itself. */
async function editedSection(from: string, edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'woes-section-edited-'));
  await cp(from, dir, { recursive: true });
  await edit(dir);
  return dir;
}

export const REFUSAL_CASES: readonly RefusalCase[] = [
  {
    name: 'a folder that is not a Mintlify site',
    code: 'site_not_found',
    says: /has no docs\.json/,
    setup: async (site, { fontawesome }) => {
      await rm(join(site, 'docs.json'));
      return { section: fontawesome };
    },
  },
  {
    name: 'a docs.json that is not JSON (a trailing comma)',
    code: 'site_config_not_json',
    says: /docs\.json:50:\d+: /,
    setup: async (site, { fontawesome }) => {
      await editConfig(site, (text) => text.replace('"/api/overview" }\n', '"/api/overview" },\n'));
      return { section: fontawesome };
    },
  },
  {
    name: "a docs.json Mintlify's validator rejects (no name)",
    code: 'site_config_invalid',
    says: /name: /,
    setup: async (site, { fontawesome }) => {
      await editConfig(site, (text) => text.replace('    "name": "Woes",\n', ''));
      return { section: fontawesome };
    },
  },
  {
    name: 'a section whose icons are named in another library than the site’s',
    code: 'icons_not_in_library',
    says: /messages-square/,
    setup: async (_site, { lucide }) => ({ section: lucide }),
  },
  {
    name: 'a section with an icon the site’s library does not have',
    code: 'icons_not_in_library',
    says: /no-such-icon/,
    setup: async (_site, { fontawesome }) => ({
      section: await editedSection(fontawesome, async (dir) => {
        const file = join(dir, 'webhooks/section.json');
        const manifest = JSON.parse(await readFile(file, 'utf8')) as { icons: { names: string[] } };
        manifest.icons.names.push('no-such-icon');
        await writeFile(file, JSON.stringify(manifest));
      }),
    }),
  },
  {
    name: 'a section folder with a page changed after it was rendered',
    code: 'section_invalid',
    says: /webhooks\/quickstart\.mdx: changed since it was rendered/,
    setup: async (_site, { fontawesome }) => ({
      section: await editedSection(fontawesome, (dir) => writeFile(join(dir, 'webhooks/quickstart.mdx'), 'edited\n')),
    }),
  },
  {
    name: 'a section manifest naming a file outside the section’s folders',
    code: 'section_invalid',
    says: /"\.\.\/docs\.json" is outside webhooks and schemas\/webhooks/,
    setup: async (_site, { fontawesome }) => ({
      section: await editedSection(fontawesome, async (dir) => {
        const file = join(dir, 'webhooks/section.json');
        const manifest = JSON.parse(await readFile(file, 'utf8')) as { files: Record<string, string> };
        manifest.files['../docs.json'] = `sha256:${'0'.repeat(64)}`;
        await writeFile(file, JSON.stringify(manifest));
      }),
    }),
  },
  {
    name: 'no tab of that name',
    code: 'tab_missing',
    says: /no tab "Events"/,
    setup: async (_site, { fontawesome }) => ({ section: fontawesome, tab: 'Events' }),
  },
  {
    name: 'two tabs of that name',
    code: 'tab_ambiguous',
    says: /navigation\.tabs\[0\]/,
    setup: async (site, { fontawesome }) => {
      await editConfig(site, (text) => text.replace('"tab": "Guides"', '"tab": "Webhooks"'));
      return { section: fontawesome };
    },
  },
  {
    name: 'the tab already holds groups of the site’s',
    code: 'tab_not_the_sections',
    says: /Webhooks FAQ/,
    setup: async (site, { fontawesome }) => {
      await editConfig(site, (text) => text.replace('"groups": []', '"groups": [{ "group": "Webhooks FAQ", "pages": ["index"] }]'));
      return { section: fontawesome };
    },
  },
  {
    name: 'a page of the site’s own where the section writes one',
    code: 'path_owned_by_site',
    says: /webhooks\/overview\.mdx/,
    setup: async (site, { fontawesome }) => {
      await write(site, 'webhooks/overview.mdx', '---\ntitle: "Webhooks (planned)"\ndescription: "Coming soon."\n---\n');
      return { section: fontawesome };
    },
  },
  {
    name: 'a redirect of the site’s own from a path the section redirects',
    code: 'redirect_owned_by_site',
    says: /\/webhooks \(the section sends it to \/webhooks\/overview\)/,
    setup: async (site, { fontawesome }) => {
      await editConfig(site, (text) =>
        text.replace('{ "source": "/api",', '{ "source": "/webhooks", "destination": "/quickstart" },\n        { "source": "/api",'),
      );
      return { section: fontawesome };
    },
  },
  {
    name: 'a page of the section changed in the site since the last publish',
    code: 'edited_in_site',
    says: /webhooks\/events\/message-created\.mdx/,
    setup: async (site, { fontawesome }) => {
      await publishDocs({ site, section: fontawesome });
      await writeFile(join(site, 'webhooks/events/message-created.mdx'), 'a local fix\n', { flag: 'a' });
      return { section: fontawesome };
    },
  },
  {
    name: 'a manifest in the site that is not one',
    code: 'site_manifest_invalid',
    says: /section\.json is not JSON/,
    setup: async (site, { fontawesome }) => {
      await write(site, 'webhooks/section.json', '{ not json');
      return { section: fontawesome };
    },
  },
];
