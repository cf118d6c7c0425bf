// @ts-check
import { catalogPage } from './catalog-page.js';
import { docsConfig } from './docs-config.js';
import { eventPage } from './event-page.js';
import { guidePages } from './guides.js';
import { eventSlug } from './read-spec.js';

/**
 * The template's own folder (its guides/), and where the guides' code samples are read.
 * @typedef {{ templateDir: string } & import('./snippets.js').SnippetLocations} SiteFolders
 */

/**
 * Every page of the Mintlify webhooks section, as `{ path, content }` with paths relative to
 * the site root: docs.json, the guides and the catalog under webhooks/, one page per event
 * under webhooks/events/. (The OpenAPI export beside them, openapi.json, is a schema artifact:
 * tools/derive/build-openapi.ts builds it from the same views as schemas/.) A pure function of the spec model (tools/spec/spec-model.ts)
 * and the template's own files: `npm run generate` calls it directly, and the generator's entry
 * files in template/ hand the same output to @asyncapi/generator, so both paths write the same
 * bytes.
 *
 * @param {import('../../../tools/spec/spec-model.js').SpecModel} spec
 * @param {SiteFolders} folders
 * @returns {{ path: string, content: string }[]}
 */
export function renderSite(spec, folders) {
  return [
    { path: 'docs.json', content: `${JSON.stringify(docsConfig(spec), null, 2)}\n` },
    ...guidePages(spec, folders).map((guide) => ({ path: `webhooks/${guide.name}`, content: guide.content })),
    { path: 'webhooks/catalog.mdx', content: catalogPage(spec) },
    ...spec.events.map((event) => ({ path: `webhooks/events/${eventSlug(event.type)}.mdx`, content: eventPage(spec, event) })),
  ];
}
