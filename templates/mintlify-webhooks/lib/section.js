// @ts-check
import { catalogPage } from './catalog-page.js';
import { eventPage } from './event-page.js';
import { guidePages } from './guides.js';
import { sectionManifest, SECTION_MANIFEST } from './manifest.js';
import { eventSlug } from './read-spec.js';

/**
 * The template's own folder (its guides/), and where the guides' code samples are read.
 * @typedef {{ templateDir: string } & import('./snippets.js').SnippetLocations} SectionFolders
 */

/**
 * What the section publishes beside its pages, made by the repository's own tools (compiled
 * to dist/ for the generator): tools/derive/docs/section-inputs.ts. Both paths, `npm run
 * generate` and the generator's entry files, hand the same inputs to renderSection.
 * @typedef {{
 *   iconLibrary: import('./icons.js').IconLibrary,
 *   specText: string,
 *   changelog: string,
 *   openApi: string,
 *   schemaFiles: readonly { path: string, content: string }[],
 * }} SectionInputs
 */

/** @typedef {{ path: string, content: string }} SectionFile */

/**
 * The webhooks section of docs.woes.dev: every file it puts into a Mintlify site, as
 * `{ path, content }` with paths relative to the site root, and nothing site-wide (no docs.json:
 * the site's settings are the site's):
 * - `webhooks/`: the guides, the changelog, the event catalog, one page per event under
 *   `webhooks/events/`, the OpenAPI 3.1 export (`webhooks/openapi.json`) and the AsyncAPI
 *   document itself (`webhooks/asyncapi.yaml`), both at URLs customers can load into their tools;
 * - `schemas/webhooks/`: the receiver JSON Schemas, at the path their `$id`s name;
 * - `webhooks/section.json`: the manifest, with the section's navigation groups and redirects
 *   for the site's docs.json and a digest of every file, so a publish knows what it owns.
 * A pure function of the spec model, the template's files and the inputs: `npm run generate`
 * calls it directly, and the generator's entry files in template/ hand the same output to
 * @asyncapi/generator, so both paths write the same bytes.
 *
 * @param {import('../../../tools/spec/spec-model.js').SpecModel} spec
 * @param {SectionFolders} folders
 * @param {SectionInputs} inputs
 * @returns {SectionFile[]}
 */
export function renderSection(spec, folders, inputs) {
  const { iconLibrary } = inputs;
  /** @type {SectionFile[]} */
  const files = [
    ...guidePages(spec, folders, iconLibrary).map((guide) => ({ path: `webhooks/${guide.name}`, content: guide.content })),
    { path: 'webhooks/changelog.mdx', content: inputs.changelog },
    { path: 'webhooks/catalog.mdx', content: catalogPage(spec) },
    ...spec.events.map((event) => ({ path: `webhooks/events/${eventSlug(event.type)}.mdx`, content: eventPage(spec, event) })),
    { path: 'webhooks/openapi.json', content: inputs.openApi },
    { path: 'webhooks/asyncapi.yaml', content: inputs.specText },
    ...inputs.schemaFiles,
  ];
  const sorted = files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...sorted, { path: SECTION_MANIFEST, content: `${JSON.stringify(sectionManifest(spec, sorted, iconLibrary), null, 2)}\n` }];
}
