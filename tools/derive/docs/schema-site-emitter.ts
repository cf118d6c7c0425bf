import { buildSchemas, schemaFiles } from '../build-schemas.js';
import type { Emitter } from '../derive.js';
import { SCHEMA_BASE_URL } from '../schema-views.js';
import { DOCS_ROOT } from './docs-emitter.js';

/** Where the docs site serves the receiver schemas: `docs/` maps to the site root. */
export const SCHEMA_SITE_DIR = `${DOCS_ROOT}/${new URL(SCHEMA_BASE_URL).pathname.replace(/^\/|\/$/g, '')}`;

/**
 * The receiver JSON Schemas (events, their shared definitions, the headers), copied into the
 * Mintlify site so that every `$id`, and the link on each event page, resolves: Mintlify
 * serves any `.json` file of the site folder at its path. Receivers outside JavaScript fetch
 * them there; JavaScript receivers get the same files from the package (`@woes/webhooks/schemas/...`).
 * The producers' strict view stays in the package only: no page links it.
 */
export const schemaSiteEmitter: Emitter = {
  name: 'schema-site',
  ownedDirs: [SCHEMA_SITE_DIR],
  emit: ({ model }) =>
    schemaFiles(buildSchemas(model))
      .filter((file) => !file.path.startsWith('schemas/strict/'))
      .map((file) => ({ path: `${SCHEMA_SITE_DIR}/${file.path.slice('schemas/'.length)}`, content: file.content })),
};
