// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guideValues } from './guide-values.js';
import { BANNER, codeBlock, escapeMdx, plainText } from './mdx.js';
import { readSnippet } from './snippets.js';

/** @typedef {import('./guide-values.js').GuideValue} GuideValue */
/** @typedef {import('./snippets.js').SnippetLocations} SnippetLocations */

/**
 * Fills one hand-written guide. `{{key}}` is a figure from the spec (see guide-values.js),
 * `{{snippet:ref}}` a tested code sample: a file of docs/snippets, or a region of a recipe in
 * examples/ (see snippets.js). An unknown key fails the run, so a guide can never quote a
 * figure the spec does not have, nor code that did not run.
 * @param {string} name
 * @param {string} source
 * @param {Readonly<Record<string, GuideValue>>} values
 * @param {SnippetLocations} locations
 */
function fill(name, source, values, locations) {
  // Inside an inline code span (`{{key}}` between backticks) MDX takes text literally: no escaping.
  /** @type {(whole: string, open: string, key: string, close: string) => string} */
  const replace = (_, open, key, close) => {
    if (key.startsWith('snippet:')) {
      const { language, code, title } = readSnippet(key.slice('snippet:'.length), locations);
      return `${open}${codeBlock(language, code, title)}${close}`;
    }
    const value = values[key];
    if (value === undefined)
      throw new Error(`mintlify-webhooks: guides/${name} uses {{${key}}}, which the spec does not provide. Known keys: ${Object.keys(values).join(', ')}.`);
    if (typeof value === 'object') return `${open}${value.mdx}${close}`;
    return open && close ? `\`${value}\`` : `${open}${escapeMdx(value)}${close}`;
  };
  return source.replace(/(`?)\{\{([\w:./#-]+)\}\}(`?)/g, replace);
}

/**
 * Every guide in `templateDir/guides/`, filled, with the generated banner after its frontmatter.
 * @param {import('./read-spec.js').SpecModel} spec
 * @param {import('./site.js').SiteFolders} folders
 * @returns {{ name: string, content: string }[]}
 */
export function guidePages(spec, { templateDir, snippetsDir, repositoryRoot }) {
  const locations = { snippetsDir, repositoryRoot };
  const values = guideValues(spec);
  return readdirSync(join(templateDir, 'guides'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const filled = fill(file, readFileSync(join(templateDir, 'guides', file), 'utf8'), values, locations);
      const end = filled.indexOf('\n---\n', 4) + 5;
      return { name: file, content: `${plainText(filled.slice(0, end))}\n${BANNER}\n${filled.slice(end)}` };
    });
}
