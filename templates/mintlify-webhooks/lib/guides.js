import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { guideValues } from './guide-values.js';
import { BANNER, codeBlock, escapeMdx, plainText } from './mdx.js';

const LANGUAGES = { ts: 'typescript', py: 'python' };

/**
 * Fills one hand-written guide. `{{key}}` is a figure from the spec (see guide-values.js),
 * `{{snippet:file}}` a tested code sample from the `snippetsDir` parameter's folder (docs/snippets). An unknown key fails the run, so a
 * guide can never quote a figure the spec does not have.
 */
function fill(name, source, values, snippetsDir) {
  // Inside an inline code span (`{{key}}` between backticks) MDX takes text literally: no escaping.
  return source.replace(/(`?)\{\{([\w:.-]+)\}\}(`?)/g, (_, open, key, close) => {
    if (key.startsWith('snippet:')) {
      const file = key.slice('snippet:'.length);
      const code = readFileSync(join(snippetsDir, file), 'utf8');
      return `${open}${codeBlock(LANGUAGES[file.split('.').pop()] ?? '', code, file)}${close}`;
    }
    const value = values[key];
    if (value === undefined) throw new Error(`mintlify-webhooks: guides/${name} uses {{${key}}}, which the spec does not provide. Known keys: ${Object.keys(values).join(', ')}.`);
    if (typeof value === 'object') return `${open}${value.mdx}${close}`;
    return open && close ? `\`${value}\`` : `${open}${escapeMdx(value)}${close}`;
  });
}

/** Every guide in `templateDir/guides/`, filled, with the generated banner after its frontmatter. */
export function guidePages(spec, { templateDir, snippetsDir }) {
  const values = guideValues(spec);
  return readdirSync(join(templateDir, 'guides'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const filled = fill(file, readFileSync(join(templateDir, 'guides', file), 'utf8'), values, snippetsDir);
      const end = filled.indexOf('\n---\n', 4) + 5;
      return { name: file, content: `${plainText(filled.slice(0, end))}\n${BANNER}\n${filled.slice(end)}` };
    });
}
