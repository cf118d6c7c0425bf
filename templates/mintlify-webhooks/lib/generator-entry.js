import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
// The spec model, compiled by `npm run build` (the generator bundles this JavaScript into the
// template; it cannot load TypeScript). `npm run generate` does not come through here.
import { readSpecModel } from '../../../dist/tools/spec/spec-model.js';
import { renderSite } from './site.js';

const TEMPLATE_NAME = '@woes/mintlify-webhooks-template';

/** The template's own folder. The generator runs a bundled copy from `__transpiled/`, so walk up to our package.json. */
function templateRoot() {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === TEMPLATE_NAME) return dir;
  }
  throw new Error(`mintlify-webhooks: cannot find the template folder (package.json named ${TEMPLATE_NAME}) above ${__dirname}.`);
}

function renderOnce({ asyncapi, originalAsyncAPI, params }) {
  // The document as written, not the parser's model: the parser resolves every `$ref` and drops
  // the descriptions written beside one, which are the field-specific words a page needs.
  const text = typeof originalAsyncAPI === 'string' ? originalAsyncAPI : asyncapi?.meta?.()?.asyncapi?.input;
  if (typeof text !== 'string') throw new Error('mintlify-webhooks: the generator passed no original AsyncAPI text; run it with a spec file or string.');
  // Each entry file is bundled on its own, so a module-level cache would not be shared between
  // them: keep the rendered site on globalThis, keyed by the text, and render once per run.
  const cache = (globalThis.__woesMintlifySite ??= new Map());
  if (!cache.has(text)) {
    const { model, problems } = readSpecModel(parse(text, { maxAliasCount: 100 }));
    if (problems.length > 0)
      throw new Error(`mintlify-webhooks: ${problems[0].message}. Run \`npm run generate\` in the repository for every problem with its line and fix.`);
    const templateDir = templateRoot();
    cache.clear();
    cache.set(
      text,
      renderSite(model, {
        templateDir,
        snippetsDir: resolve(templateDir, params?.snippetsDir ?? '../../docs/snippets'),
        repositoryRoot: resolve(templateDir, params?.repositoryRoot ?? '../..'),
      }),
    );
  }
  return cache.get(text);
}

/** The files this entry writes: those directly in `folder` of the site ('' is the root). */
export function filesIn(context, folder) {
  const prefix = folder === '' ? '' : `${folder}/`;
  return renderOnce(context)
    .filter((file) => file.path.startsWith(prefix) && !file.path.slice(prefix.length).includes('/'))
    .map((file) => ({ name: file.path.slice(prefix.length), content: file.content }));
}
