import { buildOpenApi } from '../build-openapi.js';
import { buildSchemas, schemaFiles } from '../build-schemas.js';
import type { ReadText } from '../changelog/read-releases.js';
import { changelogPage } from '../changelog/changelog-page.js';
import { SCHEMA_BASE_URL } from '../schema-views.js';
import type { SpecModel } from '../../spec/spec-model.js';

/**
 * Where a site serves the receiver schemas: the path of their `$id`s
 * (`https://docs.woes.dev/schemas/webhooks/…` is `schemas/webhooks/…` of the site).
 */
export const SCHEMA_SITE_DIR = new URL(SCHEMA_BASE_URL).pathname.replace(/^\/|\/$/g, '');

/** What the docs section publishes beside its pages (the template's SectionInputs, less the icon library). */
export interface SectionInputs {
  readonly specText: string;
  readonly changelog: string;
  /** The OpenAPI 3.1 export (`webhooks/openapi.json`), as its file's text. */
  readonly openApi: string;
  readonly schemaFiles: readonly { readonly path: string; readonly content: string }[];
}

/**
 * The parts of the docs section this repository's TypeScript tools make: the receiver JSON
 * Schemas (events, their shared definitions, the headers) at the path their `$id`s name, so
 * every `$id` and the link on each event page resolves (the producers' strict view stays in
 * the package: no page links it); the changelog from `<root>/releases/`; the OpenAPI export,
 * built from the same schema views (tools/derive/build-openapi.ts); and the AsyncAPI document
 * as written. `npm run generate` and the template's generator entry (through this
 * module compiled to dist/) both call it, so the two paths publish the same files.
 */
export async function sectionInputs(model: SpecModel, spec: ReadText, root: string): Promise<SectionInputs> {
  const schemas = schemaFiles(buildSchemas(model))
    .filter((file) => !file.path.startsWith('schemas/strict/'))
    .map((file) => ({ path: `${SCHEMA_SITE_DIR}/${file.path.slice('schemas/'.length)}`, content: file.content }));
  return {
    specText: spec.text,
    changelog: await changelogPage(root, spec),
    openApi: `${JSON.stringify(buildOpenApi(model), null, 2)}\n`,
    schemaFiles: schemas,
  };
}
