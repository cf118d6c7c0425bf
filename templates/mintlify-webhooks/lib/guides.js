import { existsSync, readFileSync, readdirSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { guideValues } from './guide-values.js';
import { BANNER, codeBlock, escapeMdx } from './mdx.js';
import { readSnippet } from './snippets.js';

const TEMPLATE_NAME = '@woes/mintlify-webhooks-template';

/** The template's own folder. Rendering runs from `__transpiled/`, so walk up to our package.json. */
function templateRoot() {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === TEMPLATE_NAME) return dir;
  }
  throw new Error(`mintlify-webhooks: cannot find the template folder (package.json named ${TEMPLATE_NAME}) above ${__dirname}.`);
}

/**
 * Fills one hand-written guide. `{{key}}` is a figure from the spec (see guide-values.js),
 * `{{snippet:ref}}` a tested code sample: a file of docs/snippets, or a region of a recipe in
 * examples/ (see snippets.js). An unknown key fails the run, so a guide can never quote a
 * figure the spec does not have, nor code that did not run.
 */
function fill(name, source, values, locations) {
  // Inside an inline code span (`{{key}}` between backticks) MDX takes text literally: no escaping.
  return source.replace(/(`?)\{\{([\w:./#-]+)\}\}(`?)/g, (_, open, key, close) => {
    if (key.startsWith('snippet:')) {
      const { language, code, title } = readSnippet(key.slice('snippet:'.length), locations);
      return `${open}${codeBlock(language, code, title)}${close}`;
    }
    const value = values[key];
    if (value === undefined) throw new Error(`mintlify-webhooks: guides/${name} uses {{${key}}}, which the spec does not provide. Known keys: ${Object.keys(values).join(', ')}.`);
    if (typeof value === 'object') return `${open}${value.mdx}${close}`;
    return open && close ? `\`${value}\`` : `${open}${escapeMdx(value)}${close}`;
  });
}

/** Every guide in `guides/`, filled, with the generated banner after its frontmatter. */
export function guidePages(spec, params = {}) {
  const root = templateRoot();
  const locations = { snippetsDir: resolve(root, params.snippetsDir ?? '../../docs/snippets'), repositoryRoot: resolve(root, params.repositoryRoot ?? '../..') };
  const values = guideValues(spec);
  return readdirSync(join(root, 'guides'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const filled = fill(file, readFileSync(join(root, 'guides', file), 'utf8'), values, locations);
      const end = filled.indexOf('\n---\n', 4) + 5;
      return { name: file, content: `${filled.slice(0, end)}\n${BANNER}\n${filled.slice(end)}` };
    });
}
