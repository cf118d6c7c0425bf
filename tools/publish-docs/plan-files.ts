import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { digest, SECTION_MANIFEST } from '../../templates/mintlify-webhooks/lib/manifest.js';
import { PublishRefusal } from './publish-refusal.js';
import type { Section, SectionFile, SectionManifest } from './section-source.js';

export interface FilePlan {
  /** Files to write: new, or changed since the last publish. */
  readonly writes: readonly SectionFile[];
  /** Files of the last publish that the section no longer has (the pages of removed events). */
  readonly removals: readonly string[];
  readonly unchanged: number;
}

/** What the site holds at a path: a file's text, something else (a folder), or nothing. */
async function siteEntry(site: string, path: string): Promise<{ kind: 'file'; content: string } | { kind: 'other' } | undefined> {
  const info = await stat(join(site, path)).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) return { kind: 'other' };
  return { kind: 'file', content: await readFile(join(site, path), 'utf8') };
}

/**
 * Which files a publish writes and removes. The section owns what the last publish wrote, as
 * that publish's manifest in the site lists it (`previous`; none before the first): those files
 * it replaces and, when the section no longer has one, removes. Every other path belongs to the
 * site. It refuses, listing every path, when the section would write over a file of the site's,
 * or replace or remove a file of its own that someone changed in the site since (the change
 * would be lost: it belongs in the section's source).
 */
export async function planFiles(site: string, section: Section, previous: SectionManifest | undefined): Promise<FilePlan> {
  const owned = previous?.files ?? new Map<string, string>();
  const sitesOwn: string[] = [];
  const edited: string[] = [];
  const writes: SectionFile[] = [];
  let unchanged = 0;
  for (const file of section.files) {
    const entry = await siteEntry(site, file.path);
    if (!entry) {
      writes.push(file);
      continue;
    }
    const ours = file.path === SECTION_MANIFEST ? previous !== undefined : owned.has(file.path);
    if (entry.kind === 'other' || !ours) {
      sitesOwn.push(file.path);
      continue;
    }
    if (file.path !== SECTION_MANIFEST && digest(entry.content) !== owned.get(file.path)) edited.push(file.path);
    else if (entry.content === file.content) unchanged++;
    else writes.push(file);
  }
  const next = new Set(section.files.map((file) => file.path));
  const removals: string[] = [];
  for (const [path, sha] of owned) {
    if (next.has(path)) continue;
    const entry = await siteEntry(site, path);
    if (entry?.kind !== 'file') continue;
    if (digest(entry.content) === sha) removals.push(path);
    else edited.push(path);
  }
  if (sitesOwn.length > 0)
    throw new PublishRefusal(
      'path_owned_by_site',
      `the section would write over ${sitesOwn.length} path(s) of the site's own (no earlier publish wrote them: ${SECTION_MANIFEST} in the site does not list them)`,
      sitesOwn.sort().slice(0, 20),
      'The section owns webhooks/ and schemas/webhooks/. Move the site’s own files out of the way (or, if they are a copy of the section made by hand, delete them), then publish again.',
    );
  if (edited.length > 0)
    throw new PublishRefusal(
      'edited_in_site',
      `${edited.length} file(s) of the section were changed in the site since the last publish, and publishing would lose the change`,
      edited.sort().slice(0, 20),
      'Make the change in the section’s source (templates/mintlify-webhooks/guides/, or asyncapi.yaml) and restore the files in the site with git, then publish again.',
    );
  return { writes, removals: removals.sort(), unchanged };
}
