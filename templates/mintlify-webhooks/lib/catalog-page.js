// @ts-check
import { ICONS, iconName } from './icons.js';
import { attribute, code, page, prose, table } from './mdx.js';
import { categories, eventPath } from './read-spec.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */
/** @typedef {import('./icons.js').IconLibrary} IconLibrary */

/**
 * @param {string} category
 * @param {IconLibrary} library
 */
export const categoryIcon = (category, library) => iconName(category in ICONS ? category : 'webhook', library);
/** @param {string} category */
export const categoryTitle = (category) => `${category.charAt(0).toUpperCase()}${category.slice(1)}${category === 'knowledge' ? '' : 's'}`;
/** @param {string} category */
export const categoryAnchor = (category) => categoryTitle(category).toLowerCase();

/**
 * The event catalog: every event type grouped by category, linking to its page.
 * @param {SpecModel} spec
 */
export function catalogPage(spec) {
  const sections = categories(spec).map((category) => {
    const rows = spec.events
      .filter((event) => event.category === category)
      .map((event) => [`[${code(event.type)}](/${eventPath(event.type)})${event.deprecated ? ' (deprecated)' : ''}`, prose(event.summary)]);
    return [`## ${prose(categoryTitle(category))}`, prose(spec.tags[category] ?? ''), table(['Event', 'When'], rows)].join('\n\n');
  });
  return page({
    title: 'Webhook event catalog',
    extra: { sidebarTitle: 'Event catalog' },
    description: `All ${spec.events.length} webhook event types, grouped by category.`,
    body: [
      'Every event has the same envelope and a `data` snapshot of the resource it is about. Subscribe an endpoint to the types you handle in **Settings → Webhooks**, and answer `2xx` to types you do not know.',
      ...sections,
    ].join('\n\n'),
  });
}

/**
 * Cards for the overview: one per category, linking to its section of the catalog.
 * @param {SpecModel} spec
 * @param {IconLibrary} library
 */
export function categoryCards(spec, library) {
  const cards = categories(spec).map((category) => {
    const count = spec.events.filter((event) => event.category === category).length;
    return `  <Card title="${attribute(categoryTitle(category))}" icon="${attribute(categoryIcon(category, library))}" href="/webhooks/catalog#${attribute(categoryAnchor(category))}">\n    ${prose(spec.tags[category] ?? '').replace(/\n/g, ' ')} ${count} event type${count === 1 ? '' : 's'}.\n  </Card>`;
  });
  return `<CardGroup cols={2}>\n${cards.join('\n')}\n</CardGroup>`;
}
