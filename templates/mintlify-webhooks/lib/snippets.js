// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `{{snippet:ref}}` files are read: docs/snippets/ for a bare name, the repository for a path.
 * @typedef {{ snippetsDir: string, repositoryRoot: string }} SnippetLocations
 */

/**
 * The fence language for each file type the guides include.
 * @type {Readonly<Record<string, string>>}
 */
const LANGUAGES = { ts: 'typescript', mjs: 'javascript', js: 'javascript', py: 'python', go: 'go', rb: 'ruby', php: 'php', java: 'java' };

// `// #region name` … `// #endregion name` (TypeScript, Go, PHP, Java) or `# region name` (Python, Ruby).
const MARKER = /^\s*(?:\/\/|#)\s*#?(region|endregion)\s+([\w-]+)\s*$/;

/**
 * Removes the indentation every non-blank line shares, so a region cut from a block reads flush left.
 * @param {readonly string[]} lines
 */
function dedent(lines) {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.replace(/^ */, '').length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common));
}

/**
 * The lines inside every `region name` of a file, each region dedented, joined by a blank line.
 * Marker lines of any region are dropped from what is shown.
 * @param {string} file
 * @param {string} text
 * @param {string} name
 */
function regions(file, text, name) {
  /** @type {string[]} */
  const found = [];
  /** @type {string[] | undefined} */
  let current;
  text.split('\n').forEach((line, index) => {
    const marker = line.match(MARKER);
    if (marker && marker[2] === name) {
      if (marker[1] === 'region') {
        if (current)
          throw new Error(`mintlify-webhooks: ${file}:${index + 1} opens region "${name}" inside another one. Close the first with its endregion line.`);
        current = [];
      } else {
        if (!current) throw new Error(`mintlify-webhooks: ${file}:${index + 1} closes region "${name}", which is not open.`);
        found.push(
          dedent(current)
            .join('\n')
            .replace(/^\n+|\n+$/g, ''),
        );
        current = undefined;
      }
      return;
    }
    if (current && !marker) current.push(line);
  });
  if (current) throw new Error(`mintlify-webhooks: ${file} opens region "${name}" and never closes it. Add its endregion line.`);
  if (found.length === 0)
    throw new Error(`mintlify-webhooks: ${file} has no region "${name}". Mark the lines to show with region ${name} / endregion ${name} comments.`);
  return found.join('\n\n');
}

/**
 * One tested code sample for a guide: `{{snippet:<ref>}}`.
 * - `verify-webhook.ts`: a file of docs/snippets/ (the `snippetsDir` parameter), whole.
 * - `examples/hono/app.ts#recipe`: a file of the repository (a path with a folder), with `#name`
 *   keeping only its `region name` parts. The recipes run in CI against this repository's
 *   source, so their import of `…/src/runtime/index.js` is shown as the package name readers install,
 *   and the shared `…/common/event-store.js` as the file beside them that the page shows.
 * Returns the language, the code and the title of its tab (the path inside the recipe's folder).
 * @param {string} ref
 * @param {SnippetLocations} locations
 */
export function readSnippet(ref, { snippetsDir, repositoryRoot }) {
  const [path = '', region] = ref.split('#');
  const inRepository = path.includes('/');
  const file = inRepository ? join(repositoryRoot, path) : join(snippetsDir, path);
  const text = readFileSync(file, 'utf8');
  let code = region === undefined ? text : regions(path, text, region);
  // The store the recipes share sits beside each one in a reader's app (the page shows it once).
  if (inRepository)
    code = code
      .replace(/(['"])(?:\.\.\/)+src\/runtime\/index\.js\1/g, "'@woes/webhooks'")
      .replace(/(['"])(?:\.\.\/)+common\/event-store\.js\1/g, "'./event-store.js'");
  const title = path.replace(/^examples\/[^/]+\//, '');
  return { language: LANGUAGES[path.split('.').pop() ?? ''] ?? '', code, title };
}
