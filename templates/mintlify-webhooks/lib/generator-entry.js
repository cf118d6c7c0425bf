// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
// The spec model, compiled by `npm run build` (the generator bundles this JavaScript into the
// template; it cannot load TypeScript). `npm run generate` does not come through here. The type
// checker reads the same module's source: tsconfig.json's `rootDirs` overlays dist/ on the root.
import { readSpecModel } from '../../../dist/tools/spec/spec-model.js';
// The receiver schemas and the changelog come from the same compiled tools `npm run generate` runs.
import { sectionInputs } from '../../../dist/tools/derive/docs/section-inputs.js';
import { DEFAULT_ICON_LIBRARY, ICON_LIBRARIES, isIconLibrary } from './icons.js';
import { renderSection } from './section.js';

/** @typedef {import('./section.js').SectionFile[]} Section */

/**
 * What the generator hands each entry file: the parsed document (whose `meta()` keeps the text
 * it was parsed from), the original text when it has one, and the template parameters.
 * @typedef {{
 *   asyncapi?: { meta?: () => { asyncapi?: { input?: unknown } } | undefined },
 *   originalAsyncAPI?: unknown,
 *   params?: { snippetsDir?: string, repositoryRoot?: string, iconLibrary?: string },
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
 * @returns {Promise<Section>}
 */
function renderOnce({ asyncapi, originalAsyncAPI, params }) {
  // The document as written, not the parser's model: the parser resolves every `$ref` and drops
  // the descriptions written beside one, which are the field-specific words a page needs.
  const text = typeof originalAsyncAPI === 'string' ? originalAsyncAPI : asyncapi?.meta?.()?.asyncapi?.input;
  if (typeof text !== 'string') throw new Error('mintlify-webhooks: the generator passed no original AsyncAPI text; run it with a spec file or string.');
  // Each entry file is bundled on its own, so a module-level cache would not be shared between
  // them: keep the rendered section on globalThis, keyed by the text and the parameters, and
  // render once per run.
  const key = JSON.stringify([text, params ?? {}]);
  const shared = /** @type {{ __woesMintlifySection?: Map<string, Promise<Section>> }} */ (globalThis);
  const cache = (shared.__woesMintlifySection ??= new Map());
  const cached = cache.get(key);
  if (cached) return cached;
  const section = render(text, params);
  cache.clear();
  cache.set(key, section);
  return section;
}

/**
 * @param {string} text
 * @param {GeneratorContext['params']} params
 * @returns {Promise<Section>}
 */
async function render(text, params) {
  // yaml's parse is typed `any`: name what it is before the model reads it. The generator has
  // already parsed this text as an AsyncAPI document, so a mapping is all there is to check.
  const raw = /** @type {unknown} */ (parse(text, { maxAliasCount: 100 }));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('mintlify-webhooks: the AsyncAPI document is not a YAML mapping. Run `npm run generate` in the repository for the problem and its fix.');
  const document = /** @type {import('./read-spec.js').JsonObject} */ (raw);
  const { model, problems } = readSpecModel(document);
  const [first] = problems;
  if (first) throw new Error(`mintlify-webhooks: ${first.message}. Run \`npm run generate\` in the repository for every problem with its line and fix.`);
  const iconLibrary = params?.iconLibrary ?? DEFAULT_ICON_LIBRARY;
  if (!isIconLibrary(iconLibrary))
    throw new Error(`mintlify-webhooks: the iconLibrary parameter is "${iconLibrary}"; use one of ${ICON_LIBRARIES.join(', ')} (the site's icons.library).`);
  const templateDir = templateRoot();
  const repositoryRoot = resolve(templateDir, params?.repositoryRoot ?? '../..');
  const inputs = await sectionInputs(model, { text, raw: document }, repositoryRoot);
  return renderSection(
    model,
    { templateDir, snippetsDir: resolve(templateDir, params?.snippetsDir ?? '../../docs/snippets'), repositoryRoot },
    { ...inputs, iconLibrary },
  );
}

/**
 * The files this entry writes: those directly in `folder` of the section.
 * @param {GeneratorContext} context
 * @param {string} folder
 */
export async function filesIn(context, folder) {
  const prefix = `${folder}/`;
  return (await renderOnce(context))
    .filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
    .map((file) => ({ name: file.path.slice(prefix.length), content: file.content }));
}
