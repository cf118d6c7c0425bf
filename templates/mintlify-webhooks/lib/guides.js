// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guideValues } from './guide-values.js';
import { iconName } from './icons.js';
import { BANNER, code, codeBlock, plainText, prose, yamlQuoted } from './mdx.js';
import { GUIDES, RENDERED_GUIDES } from './navigation.js';
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
 * examples/ (see snippets.js), `{{icon:role}}` an icon's name in the site's library (see
 * icons.js). An unknown key fails the run, so a guide can never quote a figure the spec does
 * not have, nor code that did not run.
 * @param {string} name
 * @param {string} source
 * @param {Readonly<Record<string, GuideValue>>} values
 * @param {SnippetLocations & { iconLibrary: import('./icons.js').IconLibrary }} locations
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
    if (key.startsWith('icon:')) return `${open}${iconName(key.slice('icon:'.length), locations.iconLibrary)}${close}`;
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
 * Each must have its row in lib/navigation.js, and each row its file (but the changelog's).
 * @param {import('./read-spec.js').SpecModel} spec
 * @param {import('./section.js').SectionFolders} folders
 * @param {import('./icons.js').IconLibrary} iconLibrary
 * @returns {{ name: string, content: string }[]}
 */
export function guidePages(spec, { templateDir, snippetsDir, repositoryRoot }, iconLibrary) {
  const locations = { snippetsDir, repositoryRoot, iconLibrary };
  const values = guideValues(spec, iconLibrary);
  const files = readdirSync(join(templateDir, 'guides')).filter((file) => file.endsWith('.mdx'));
  const listed = GUIDES.map((guide) => guide.page).filter((page) => !RENDERED_GUIDES.includes(page));
  const unlisted = files.filter((file) => !listed.includes(file.replace(/\.mdx$/, '')));
  const missing = listed.filter((page) => !files.includes(`${page}.mdx`));
  if (unlisted.length > 0)
    throw new Error(`mintlify-webhooks: guides/${unlisted.join(', guides/')} has no row in GUIDES (lib/navigation.js). Add one: { page: '…', group: '…' }.`);
  if (missing.length > 0)
    throw new Error(`mintlify-webhooks: GUIDES (lib/navigation.js) lists ${missing.join(', ')}, which guides/ does not have. Add the file or remove the row.`);
  return files.sort().map((file) => {
    const source = readFileSync(join(templateDir, 'guides', file), 'utf8');
    // Split before filling: no figure can move where the frontmatter ends.
    const end = source.indexOf('\n---\n', 4) + 5;
    const head = fill(file, source.slice(0, end), values, locations, inFrontmatter);
    const body = fill(file, source.slice(end), values, locations, inBody);
    return { name: file, content: `${plainText(head)}\n${BANNER}\n${body}` };
  });
}
