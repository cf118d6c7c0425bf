import { PublishRefusal } from './publish-refusal.js';
import type { Redirect, SectionManifest } from './section-source.js';
import { addProperty, appendToArray, removeArrayItem, replaceValue } from './json-text-edits.js';
import { findTabs, isRecord, jsonPath, SITE_CONFIG, valueAt, type JsonValue, type SiteConfig } from './site-config.js';

export interface ConfigSplice {
  /** The new docs.json text; the site's own when nothing changes. */
  readonly text: string;
  readonly groupsChanged: boolean;
  readonly redirectsAdded: number;
  readonly redirectsRemoved: number;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isRedirect = (value: JsonValue, redirect: Redirect): boolean =>
  isRecord(value) && value.source === redirect.source && value.destination === redirect.destination && Object.keys(value).length === 2;

/**
 * The section's part of the site's docs.json, spliced in; every other byte stays as it was.
 *
 * Where: the site gives the section a tab, `{ "tab": "Webhooks", "groups": [] }` (any name,
 * passed as --tab), placed among its tabs where it wants the section, with its own icon. The
 * section owns that tab's `groups` and nothing else of it. A first publish fills an empty list;
 * a later one replaces the groups the last one wrote, and refuses when someone changed them in
 * the site since (the change would be lost).
 *
 * Redirects: the section's are appended to the site's `redirects` (created when the site has
 * none); the ones the last publish added are removed first. A site redirect from a path the
 * section redirects is refused: the site owns its redirects.
 */
export function spliceConfig(site: SiteConfig, tab: string, section: SectionManifest, previous: SectionManifest | undefined): ConfigSplice {
  const tabs = findTabs(site.value, tab);
  const fixTab = `Add a tab for the section where you want it in docs.json's navigation: { "tab": "${tab}", "groups": [] }, or name yours with --tab.`;
  if (tabs.length === 0) throw new PublishRefusal('tab_missing', `${SITE_CONFIG} has no tab "${tab}" to publish the webhooks section into`, [], fixTab);
  if (tabs.length > 1)
    throw new PublishRefusal(
      'tab_ambiguous',
      `${SITE_CONFIG} has ${tabs.length} tabs named "${tab}"`,
      tabs.map(jsonPath),
      'Give the section’s tab a name no other tab has, and pass it as --tab.',
    );
  const [tabPath = []] = tabs;
  const groupsPath = [...tabPath, 'groups'];
  const current = valueAt(site.value, groupsPath);
  const written = previous?.groups ?? [];
  if (!Array.isArray(current) || !(current.length === 0 || same(current, written)))
    throw new PublishRefusal(
      'tab_not_the_sections',
      `the tab "${tab}" (${jsonPath(tabPath)}) ${Array.isArray(current) ? 'holds groups the section did not write' : 'has no groups list'}`,
      Array.isArray(current) ? current.map((group) => (isRecord(group) ? String(group.group) : JSON.stringify(group))) : [],
      `The section owns the tab's groups. Move the site's own groups to another tab and leave { "tab": "${tab}", "groups": [] }; if they are the section's, changed by hand, make the change in the section's source instead.`,
    );
  let text = site.text;
  const groupsChanged = !same(current, section.groups);
  if (groupsChanged) text = replaceValue(text, groupsPath, section.groups);

  const redirects = site.value.redirects;
  const list = Array.isArray(redirects) ? redirects : [];
  const stale = list.flatMap((value, index) => ((previous?.redirects ?? []).some((redirect) => isRedirect(value, redirect)) ? [index] : []));
  const kept = list.filter((_, index) => !stale.includes(index));
  const clashes = section.redirects.filter((redirect) => kept.some((value) => isRecord(value) && value.source === redirect.source));
  if (clashes.length > 0)
    throw new PublishRefusal(
      'redirect_owned_by_site',
      `${SITE_CONFIG} already redirects ${clashes.length} path(s) the section redirects`,
      clashes.map((redirect) => `${redirect.source} (the section sends it to ${redirect.destination})`),
      'Remove the site’s redirect for that path, or point it where the section does and remove it: the section owns the redirects into its pages.',
    );
  const wanted = section.redirects;
  const keptSection = stale.map((index) => list[index]);
  const redirectsChanged = !same(keptSection, wanted);
  if (redirectsChanged) {
    for (const index of [...stale].reverse()) text = removeArrayItem(text, ['redirects'], index);
    if (wanted.length > 0) {
      if (!Array.isArray(redirects)) text = addProperty(text, [], 'redirects', wanted);
      else for (const redirect of wanted) text = appendToArray(text, ['redirects'], redirect);
    }
  }
  return {
    text,
    groupsChanged,
    redirectsAdded: redirectsChanged ? wanted.length : 0,
    redirectsRemoved: redirectsChanged ? stale.length : 0,
  };
}
