// @ts-check
import { categoryIcon, categoryTitle } from './catalog-page.js';
import { iconName } from './icons.js';
import { categories, eventPath } from './read-spec.js';

/** @typedef {import('./icons.js').IconLibrary} IconLibrary */
/** @typedef {{ group: string, icon?: string, pages: (string | NavigationGroup)[] }} NavigationGroup */
/** @typedef {{ source: string, destination: string }} Redirect */

/**
 * The sidebar groups of the guides, in order, each with the role of its icon (lib/icons.js).
 * The event reference (the catalog and one group per category) follows them.
 */
export const GUIDE_GROUPS = [{ group: 'Webhooks', icon: 'webhooks' }];

/**
 * Every guide page in reading order, one row each: its name under webhooks/ (`guides/<page>.mdx`,
 * except the changelog, which is rendered from releases/) and its sidebar group. A new guide is
 * a file in guides/ and one row here; a guide without a row, or a row without a guide, fails the run.
 * @type {readonly { page: string, group: string }[]}
 */
export const GUIDES = [
  { page: 'overview', group: 'Webhooks' },
  { page: 'quickstart', group: 'Webhooks' },
  { page: 'frameworks', group: 'Webhooks' },
  { page: 'signing', group: 'Webhooks' },
  { page: 'retries', group: 'Webhooks' },
  { page: 'idempotency', group: 'Webhooks' },
  { page: 'ordering', group: 'Webhooks' },
  { page: 'fetching', group: 'Webhooks' },
  { page: 'limits', group: 'Webhooks' },
  { page: 'versioning', group: 'Webhooks' },
  { page: 'security', group: 'Webhooks' },
  { page: 'testing', group: 'Webhooks' },
  { page: 'changelog', group: 'Webhooks' },
];

/** The guide rendered from releases/, not from a file in guides/. */
export const RENDERED_GUIDES = ['changelog'];

/** The guide names, for cross-references: "(Idempotency)" in spec text links to /webhooks/idempotency. */
export const GUIDE_PAGES = GUIDES.map((guide) => guide.page);

/**
 * The section's redirects. The old placeholder lived at /webhooks; keep its links working.
 * @type {readonly Redirect[]}
 */
export const REDIRECTS = [{ source: '/webhooks', destination: '/webhooks/overview' }];

/**
 * The section's sidebar: its groups, whose event pages come from the spec, with icons named in
 * `library`. A site splices them in where it chooses (tools/publish-docs); nothing here is
 * site-wide.
 * @param {import('./read-spec.js').SpecModel} spec
 * @param {IconLibrary} library
 * @returns {NavigationGroup[]}
 */
export function sectionGroups(spec, library) {
  const unknown = GUIDES.filter((guide) => !GUIDE_GROUPS.some((group) => group.group === guide.group));
  if (unknown.length > 0)
    throw new Error(
      `mintlify-webhooks: lib/navigation.js puts ${unknown.map((guide) => guide.page).join(', ')} in a group GUIDE_GROUPS does not list. Add the group.`,
    );
  const guideGroups = GUIDE_GROUPS.map(({ group, icon }) => ({
    group,
    icon: iconName(icon, library),
    pages: GUIDES.filter((guide) => guide.group === group).map((guide) => `webhooks/${guide.page}`),
  }));
  const eventGroups = categories(spec).map((category) => ({
    group: categoryTitle(category),
    icon: categoryIcon(category, library),
    pages: spec.events.filter((event) => event.category === category).map((event) => eventPath(event.type)),
  }));
  return [...guideGroups, { group: 'Event reference', icon: iconName('reference', library), pages: ['webhooks/catalog', ...eventGroups] }];
}
