// @ts-check
import { createHash } from 'node:crypto';
import { REDIRECTS, sectionGroups } from './navigation.js';

/** @typedef {import('./navigation.js').NavigationGroup} NavigationGroup */

/** Where the manifest sits in the section, and so in a site it was published into. */
export const SECTION_MANIFEST = 'webhooks/section.json';

/** The folders of a site the section writes into; it writes nothing anywhere else. */
export const SECTION_ROOTS = ['webhooks', 'schemas/webhooks'];

/** @param {string} content */
export const digest = (content) => `sha256:${createHash('sha256').update(content, 'utf8').digest('hex')}`;

/**
 * Every icon name the section shows: in its sidebar groups and in its pages' `icon="…"`.
 * @param {readonly NavigationGroup[]} groups
 * @param {readonly { path: string, content: string }[]} files
 */
function iconNames(groups, files) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {readonly (string | NavigationGroup)[]} entries */
  const walk = (entries) => {
    for (const entry of entries) {
      if (typeof entry === 'string') continue;
      if (entry.icon) names.add(entry.icon);
      walk(entry.pages);
    }
  };
  walk(groups);
  for (const file of files) if (file.path.endsWith('.mdx')) for (const [, name] of file.content.matchAll(/\bicon="([^"]+)"/g)) if (name) names.add(name);
  return [...names].sort();
}

/**
 * The section's manifest (`webhooks/section.json`): what `npm run docs:publish` needs to put the
 * section into a site and, the next time, to know what it put there. The navigation groups and
 * redirects go into the site's docs.json; `files` names every file of the section with its
 * digest (a page the site changed by hand is not overwritten, one the section no longer has is
 * removed); `icons` says which library the names are in.
 * @param {import('./read-spec.js').SpecModel} spec
 * @param {readonly { path: string, content: string }[]} files every other file of the section
 * @param {import('./icons.js').IconLibrary} iconLibrary
 */
export function sectionManifest(spec, files, iconLibrary) {
  const groups = sectionGroups(spec, iconLibrary);
  return {
    $comment:
      'The webhooks section of docs.woes.dev, generated from asyncapi.yaml by @woes/webhooks. `npm run docs:publish` copies these files into the site and splices navigation.groups and redirects into its docs.json. Do not edit.',
    contractVersion: spec.version,
    roots: SECTION_ROOTS,
    icons: { library: iconLibrary, names: iconNames(groups, files) },
    navigation: { groups },
    redirects: REDIRECTS,
    files: Object.fromEntries(files.map((file) => [file.path, digest(file.content)])),
  };
}
