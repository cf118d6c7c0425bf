// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guideValues } from './guide-values.js';
import { BANNER, code, codeBlock, plainText, prose, yamlQuoted } from './mdx.js';
import { readSnippet } from './snippets.js';

/** @typedef {import('./guide-values.js').GuideValue} GuideValue */
/** @typedef {import('./snippets.js').SnippetLocations} SnippetLocations */

/**
 * How a figure is written where its `{{key}}` stands: in the page body as MDX (inline code
 * between backticks, prose elsewhere), in the frontmatter inside a double-quoted YAML string.
 * @typedef {(value: string, inCode: boolean) => string} FigureWriter
 */
/** @type {FigureWriter} */
const inBody = (value, inCode) => (inCode ? code(value) : prose(value));
/** @type {FigureWriter} */
const inFrontmatter = (value, inCode) => (inCode ? `\`${yamlQuoted(value)}\`` : yamlQuoted(value));

/**
 * Fills one hand-written guide. `{{key}}` is a figure from the spec (see guide-values.js),
 * `{{snippet:ref}}` a tested code sample: a file of docs/snippets, or a region of a recipe in
 * examples/ (see snippets.js). An unknown key fails the run, so a guide can never quote a
 * figure the spec does not have, nor code that did not run.
 * @param {string} name
 * @param {string} source
 * @param {Readonly<Record<string, GuideValue>>} values
 * @param {SnippetLocations} locations
 * @param {FigureWriter} write
 */
function fill(name, source, values, locations, write) {
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
    if (typeof value === 'object') {
      if (write === inFrontmatter)
        throw new Error(`mintlify-webhooks: guides/${name} uses {{${key}}}, a block of MDX, in its frontmatter; use it in the body.`);
      return `${open}${value.mdx}${close}`;
    }
    return open && close ? write(value, true) : `${open}${write(value, false)}${close}`;
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
      const source = readFileSync(join(templateDir, 'guides', file), 'utf8');
      // Split before filling: no figure can move where the frontmatter ends.
      const end = source.indexOf('\n---\n', 4) + 5;
      const head = fill(file, source.slice(0, end), values, locations, inFrontmatter);
      const body = fill(file, source.slice(end), values, locations, inBody);
      return { name: file, content: `${plainText(head)}\n${BANNER}\n${body}` };
    });
}
