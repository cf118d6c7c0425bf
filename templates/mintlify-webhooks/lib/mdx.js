// @ts-check
// Text from the spec goes into MDX, where `{`, `}` and `<` start expressions and tags.
// Escape them outside inline code spans; inside backticks MDX keeps them literal.
/** @param {string} text */
export function escapeMdx(text) {
  return String(text)
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;')))
    .join('');
}

/**
 * A value for a JSX string attribute.
 * @param {string} text
 */
export function attribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Frontmatter text as Mintlify shows it: a title and description are plain text, so Markdown
 * marks in them (`code`, **bold**) would appear literally. Keep the words, drop the marks.
 * @param {string} text
 */
export function plainText(text) {
  return String(text).replace(/`|\*\*/g, '');
}

/**
 * YAML frontmatter with quoted plain-text values.
 * @param {Readonly<Record<string, string>>} fields
 */
export function frontmatter(fields) {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(plainText(value))}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export const BANNER = '{/* Generated from asyncapi.yaml by `npm run generate`. Do not edit. */}';

/**
 * A whole generated page: frontmatter, banner, body.
 * @param {{ title: string, description: string, body: string, extra?: Readonly<Record<string, string>> }} parts
 */
export function page({ title, description, body, extra = {} }) {
  return `${frontmatter({ title, description, ...extra })}\n${BANNER}\n\n${body.trim()}\n`;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside.
 * @param {string} language
 * @param {string} code
 * @param {string} [title]
 */
export function codeBlock(language, code, title) {
  const longest = Math.max(2, ...(String(code).match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}${title ? ` ${title}` : ''}\n${String(code).replace(/\n$/, '')}\n${fence}`;
}

/**
 * Markdown table; cells are escaped and pipes protected.
 * @param {readonly string[]} head
 * @param {readonly (readonly string[])[]} rows
 */
export function table(head, rows) {
  /** @param {string} value */
  const cell = (value) => escapeMdx(value).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}
