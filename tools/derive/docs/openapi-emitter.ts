import { buildOpenApi } from '../build-openapi.js';
import type { Emitter } from '../derive.js';
import { jsonFile } from '../output.js';
import { DOCS_ROOT } from './docs-emitter.js';

/**
 * `docs/openapi.json`, the OpenAPI 3.1 export of the webhooks, served at the site root. It is
 * built from the same schema views as `schemas/` (tools/derive/schema-views.ts), so it says what
 * the published JSON Schemas say; the docs template renders pages and does not build it.
 */
export const openApiEmitter: Emitter = {
  name: 'openapi',
  ownedDirs: [],
  emit: ({ model }) => [jsonFile(`${DOCS_ROOT}/openapi.json`, buildOpenApi(model))],
};
