import { join } from 'node:path';
import type { Emitter } from '../derive.js';
import { REPOSITORY_ROOT } from '../repository-root.js';
// The template's pages are plain functions of the spec model; the generator's entry files in
// templates/mintlify-webhooks/template/ call the same function.
import { renderSite } from '../../../templates/mintlify-webhooks/lib/site.js';

/** The template, kept in this repository; also runs under `asyncapi generate fromTemplate`. */
export const TEMPLATE_DIR = join(REPOSITORY_ROOT, 'templates', 'mintlify-webhooks');
/** The Mintlify site root: the template renders into it. */
export const DOCS_ROOT = 'docs';
/** The tested code samples the guides include as `{{snippet:file}}`. */
const SNIPPETS_DIR = join(REPOSITORY_ROOT, DOCS_ROOT, 'snippets');

/**
 * The Mintlify webhooks section: docs.json, the guides, the event catalog, one page per event
 * and the OpenAPI 3.1 webhooks document. Only `docs/webhooks/events/` is wholly generated; the
 * hand-written testing page and the generated changelog sit beside the guides.
 *
 * It renders in process from the spec model the rest of the pipeline reads, in a few
 * milliseconds; @asyncapi/generator is not needed for that (test/docs/generator-parity.test.ts
 * proves the official CLI, running the same template through the generator, writes the same bytes).
 */
export const docsEmitter: Emitter = {
  name: 'docs',
  ownedDirs: [`${DOCS_ROOT}/webhooks/events`],
  emit: ({ model }) =>
    renderSite(model, { templateDir: TEMPLATE_DIR, snippetsDir: SNIPPETS_DIR, repositoryRoot: REPOSITORY_ROOT }).map((file) => ({
      path: `${DOCS_ROOT}/${file.path}`,
      content: file.content,
    })),
};
