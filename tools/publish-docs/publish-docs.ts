import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTION_MANIFEST, SECTION_ROOTS } from '../../templates/mintlify-webhooks/lib/manifest.js';
import { iconNamesOf } from './icon-names.js';
import { planFiles } from './plan-files.js';
import { PublishRefusal } from './publish-refusal.js';
import { parseManifest, readSection, renderSectionFor, type Section, type SectionManifest } from './section-source.js';
import { configIssues, readSiteConfig, SITE_CONFIG } from './site-config.js';
import { spliceConfig } from './splice-config.js';
import { writePublish } from './write-publish.js';

export interface PublishOptions {
  /** The site's folder: the docs.woes.dev checkout, holding docs.json. */
  readonly site: string;
  /** The tab the site gives the section (the command's default is "Webhooks"). */
  readonly tab?: string;
  /** A section already rendered (the template's -o folder); otherwise it is rendered from `spec`. */
  readonly section?: string;
  /** The contract to render the section from (default asyncapi.yaml). */
  readonly spec?: string;
  /** Write nothing; report what would change. */
  readonly check?: boolean;
}

export interface PublishReport {
  readonly contractVersion: string;
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
  readonly configChanged: boolean;
  readonly upToDate: boolean;
  readonly lines: readonly string[];
}

async function previousManifest(site: string): Promise<SectionManifest | undefined> {
  const text = await readFile(join(site, SECTION_MANIFEST), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text, join(site, SECTION_MANIFEST), 'site_manifest_invalid');
}

function checkIcons(section: Section, library: SectionManifest['iconLibrary'], fromFolder: boolean): void {
  const { manifest } = section;
  const names = iconNamesOf(library);
  const missing = manifest.iconLibrary === library ? manifest.iconNames.filter((name) => !names.has(name)) : manifest.iconNames;
  if (missing.length === 0) return;
  const fix =
    manifest.iconLibrary !== library && fromFolder
      ? `Render the section for the site's library: \`asyncapi generate fromTemplate asyncapi.yaml ./templates/mintlify-webhooks -o <dir> -p iconLibrary=${library}\`, or leave out --section.`
      : `Name the icon of each of those roles in ${library} in ICONS (templates/mintlify-webhooks/lib/icons.js), then publish again.`;
  throw new PublishRefusal(
    'icons_not_in_library',
    `the site names its icons in ${library}, and ${missing.length} icon(s) of the section ${manifest.iconLibrary === library ? 'do not exist there' : `are named in ${manifest.iconLibrary}`}`,
    missing,
    fix,
  );
}

/**
 * `npm run docs:publish -- --site <docs.woes.dev checkout>`: puts the webhooks section into the
 * site. Everything is read and checked first (the site's docs.json against Mintlify's own
 * validator, the section's icons against the site's library, every path it would write or
 * remove against what the last publish wrote); any problem refuses the whole publish with
 * one message and writes nothing. A second run with the same section changes nothing.
 */
export async function publishDocs(options: PublishOptions): Promise<PublishReport> {
  const { site } = options;
  const tab = options.tab ?? 'Webhooks';
  const config = await readSiteConfig(site);
  const section = options.section ? await readSection(options.section) : await renderSectionFor(options.spec ?? 'asyncapi.yaml', config.iconLibrary);
  checkIcons(section, config.iconLibrary, options.section !== undefined);
  const previous = await previousManifest(site);
  const files = await planFiles(site, section, previous);
  const splice = spliceConfig(config, tab, section.manifest, previous);
  const configChanged = splice.text !== config.text;
  if (configChanged) {
    const issues = await configIssues(JSON.parse(splice.text));
    if (issues.length > 0) throw new Error(`publish-docs: the spliced docs.json does not pass validateDocsConfig (an internal error):\n${issues.join('\n')}`);
  }
  const written = files.writes.map((file) => file.path);
  const upToDate = written.length === 0 && files.removals.length === 0 && !configChanged;
  const lines = [
    `webhooks section ${section.manifest.contractVersion} (${section.manifest.files.size + 1} files, icons in ${config.iconLibrary}) → ${site}, tab "${tab}"`,
  ];
  if (upToDate) lines.push('up to date: nothing to write.');
  else {
    lines.push(
      `${options.check ? 'would write' : 'wrote'} ${written.length} file(s), ${options.check ? 'would remove' : 'removed'} ${files.removals.length}, ${files.unchanged} unchanged`,
    );
    for (const path of files.removals) lines.push(`  removed: ${path}`);
    if (configChanged)
      lines.push(
        `${SITE_CONFIG}: ${[splice.groupsChanged ? `the groups of tab "${tab}"` : '', splice.redirectsAdded + splice.redirectsRemoved > 0 ? `redirects (${splice.redirectsRemoved} removed, ${splice.redirectsAdded} added)` : ''].filter(Boolean).join(' and ')}`,
      );
  }
  if (!options.check && !upToDate)
    await writePublish(site, [...files.writes, ...(configChanged ? [{ path: SITE_CONFIG, content: splice.text }] : [])], files.removals, SECTION_ROOTS);
  return { contractVersion: section.manifest.contractVersion, written, removed: files.removals, unchanged: files.unchanged, configChanged, upToDate, lines };
}
