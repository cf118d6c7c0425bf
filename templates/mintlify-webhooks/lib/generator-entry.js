// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
// The spec model, compiled by `npm run build` (the generator bundles this JavaScript into the
// template; it cannot load TypeScript). `npm run generate` does not come through here. The type
// checker reads the same module's source: tsconfig.json's `rootDirs` overlays dist/ on the root.
import { readSpecModel } from '../../../dist/tools/spec/spec-model.js';
import { renderSite } from './site.js';

/** @typedef {ReturnType<typeof renderSite>} Site */

/**
 * What the generator hands each entry file: the parsed document (whose `meta()` keeps the text
 * it was parsed from), the original text when it has one, and the template parameters.
 * @typedef {{
 *   asyncapi?: { meta?: () => { asyncapi?: { input?: unknown } } | undefined },
 *   originalAsyncAPI?: unknown,
 *   params?: { snippetsDir?: string, repositoryRoot?: string },
 * }} GeneratorContext
 */
const TEMPLATE_NAME = '@woes/mintlify-webhooks-template';

/** The template's own folder. The generator runs a bundled copy from `__transpiled/`, so walk up to our package.json. */
function templateRoot() {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /** @type {{ name?: unknown }} */ (JSON.parse(readFileSync(manifest, 'utf8'))).name === TEMPLATE_NAME) return dir;
  }
  throw new Error(`mintlify-webhooks: cannot find the template folder (package.json named ${TEMPLATE_NAME}) above ${__dirname}.`);
}

/**
 * @param {GeneratorContext} context
 * @returns {Site}
 */
function renderOnce({ asyncapi, originalAsyncAPI, params }) {
  // The document as written, not the parser's model: the parser resolves every `$ref` and drops
  // the descriptions written beside one, which are the field-specific words a page needs.
  const text = typeof originalAsyncAPI === 'string' ? originalAsyncAPI : asyncapi?.meta?.()?.asyncapi?.input;
  if (typeof text !== 'string') throw new Error('mintlify-webhooks: the generator passed no original AsyncAPI text; run it with a spec file or string.');
  // Each entry file is bundled on its own, so a module-level cache would not be shared between
  // them: keep the rendered site on globalThis, keyed by the text, and render once per run.
  const shared = /** @type {{ __woesMintlifySite?: Map<string, Site> }} */ (globalThis);
  const cache = (shared.__woesMintlifySite ??= new Map());
  const cached = cache.get(text);
  if (cached) return cached;
  // yaml's parse is typed `any`: name what it is before the model reads it. The generator has
  // already parsed this text as an AsyncAPI document, so a mapping is all there is to check.
  const raw = /** @type {unknown} */ (parse(text, { maxAliasCount: 100 }));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('mintlify-webhooks: the AsyncAPI document is not a YAML mapping. Run `npm run generate` in the repository for the problem and its fix.');
  const { model, problems } = readSpecModel(/** @type {import('./read-spec.js').JsonObject} */ (raw));
  const [first] = problems;
  if (first) throw new Error(`mintlify-webhooks: ${first.message}. Run \`npm run generate\` in the repository for every problem with its line and fix.`);
  const templateDir = templateRoot();
  const site = renderSite(model, {
    templateDir,
    snippetsDir: resolve(templateDir, params?.snippetsDir ?? '../../docs/snippets'),
    repositoryRoot: resolve(templateDir, params?.repositoryRoot ?? '../..'),
  });
  cache.clear();
  cache.set(text, site);
  return site;
}

/**
 * The files this entry writes: those directly in `folder` of the site ('' is the root).
 * @param {GeneratorContext} context
 * @param {string} folder
 */
export function filesIn(context, folder) {
  const prefix = folder === '' ? '' : `${folder}/`;
  return renderOnce(context)
    .filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
    .map((file) => ({ name: file.path.slice(prefix.length), content: file.content }));
}
