// @ts-check

/**
 * The icon libraries a Mintlify site can name its icons in (`icons.library` in docs.json;
 * Font Awesome when the site says nothing). The setting is the site's, for every page: the
 * section never sets it, so it names each of its icons in the site's library instead.
 * @typedef {'lucide' | 'fontawesome' | 'tabler'} IconLibrary
 */

/** @type {readonly IconLibrary[]} */
export const ICON_LIBRARIES = ['lucide', 'fontawesome', 'tabler'];

/** The library the section is written in, and the preview site uses. */
export const DEFAULT_ICON_LIBRARY = 'lucide';

/**
 * Every icon the section shows, by what it stands for, in each library. A page or a sidebar
 * group names the role (`{{icon:quickstart}}` in a guide); the section renders the name of the
 * library it is built for. tools/publish-docs checks every name against the library's own list
 * before it writes anything into a site.
 * @type {Readonly<Record<string, Readonly<Record<IconLibrary, string>>>>}
 */
export const ICONS = {
  // role           lucide                    fontawesome                   tabler
  webhooks: { lucide: 'webhook', fontawesome: 'tower-broadcast', tabler: 'webhook' },
  reference: { lucide: 'list', fontawesome: 'list', tabler: 'list' },
  quickstart: { lucide: 'rocket', fontawesome: 'rocket', tabler: 'rocket' },
  testing: { lucide: 'flask-conical', fontawesome: 'flask', tabler: 'flask' },
  // One per event category (the spec's tags); an unknown category falls back to `webhook`.
  conversation: { lucide: 'messages-square', fontawesome: 'comments', tabler: 'messages' },
  message: { lucide: 'message-square', fontawesome: 'message', tabler: 'message' },
  customer: { lucide: 'user', fontawesome: 'user', tabler: 'user' },
  issue: { lucide: 'list-todo', fontawesome: 'list-check', tabler: 'list-check' },
  knowledge: { lucide: 'database', fontawesome: 'database', tabler: 'database' },
  agent: { lucide: 'bot', fontawesome: 'robot', tabler: 'robot' },
  webhook: { lucide: 'webhook', fontawesome: 'tower-broadcast', tabler: 'webhook' },
};

/**
 * @param {unknown} library
 * @returns {library is IconLibrary}
 */
export const isIconLibrary = (library) => ICON_LIBRARIES.some((known) => known === library);

/**
 * The name of a role's icon in a library.
 * @param {string} role
 * @param {IconLibrary} library
 */
export function iconName(role, library) {
  const names = ICONS[role];
  if (!names) throw new Error(`mintlify-webhooks: no icon for "${role}". Add a row to ICONS in lib/icons.js. Known: ${Object.keys(ICONS).join(', ')}.`);
  return names[library];
}
