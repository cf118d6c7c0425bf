// @ts-check
// The one way text from the spec enters a page. A contract edited in a pull request is
// untrusted input, and MDX is a programming language: `{…}` is a JavaScript expression, `<X>`
// a component, and a line starting with `export` or `import` is a module statement, all run
// when the page is built. Spec prose is CommonMark (as AsyncAPI defines descriptions), so
// emphasis, links and code spans keep their meaning; everything MDX adds to Markdown is
// escaped. Pages never splice spec text in themselves: they call `prose` (descriptions),
// `code` (a value shown as inline code), `attribute` (a JSX attribute), `codeBlock` or
// `frontmatter`, and test/docs/page-injection.test.ts compiles pages built from a spec full of
// break-out attempts with the real MDX compiler.

/** `&amp;`, `&#123;`, `&#x7b;`: text that CommonMark would decode as a character reference. */
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * Text outside code spans: a backslash is doubled (so no backslash escape of ours or the
 * spec's can change where a code span starts), braces and `$` are backslash-escaped, `<` and a `&`
 * that would start a character reference become references themselves.
 * @param {string} text
 */
function escapeText(text) {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\\') out += '\\\\';
    // `$` starts math on Mintlify (remark-math): a literal dollar is `\$` there and in CommonMark.
    else if (char === '{' || char === '}' || char === '$') out += `\\${char}`;
    else if (char === '<') out += '&lt;';
    else if (char === '&' && CHARACTER_REFERENCE.test(text.slice(index, index + 40))) out += '&amp;';
    else out += char;
  }
  return out;
}

/**
 * One line of prose. A run of n backticks opens a code span only when a run of exactly n
 * closes it on the same line (CommonMark lets a span cross lines; spec text may not, so a
 * blank line or a block between can never leave MDX inside what looked like code). A span is
 * kept verbatim, MDX reads it literally; an unmatched run is escaped.
 * @param {string} line
 */
function proseLine(line) {
  let out = '';
  let index = 0;
  while (index < line.length) {
    const tick = line.indexOf('`', index);
    if (tick === -1) {
      out += escapeText(line.slice(index));
      break;
    }
    out += escapeText(line.slice(index, tick));
    let end = tick;
    while (line.charAt(end) === '`') end++;
    const run = end - tick;
    let close = end;
    let found = -1;
    while ((close = line.indexOf('`', close)) !== -1) {
      let after = close;
      while (line.charAt(after) === '`') after++;
      if (after - close === run) {
        found = close;
        break;
      }
      close = after;
    }
    if (found === -1) {
      out += '\\`'.repeat(run);
      index = end;
    } else {
      out += line.slice(tick, found + run);
      index = found + run;
    }
  }
  // At the start of a line (indented or not) MDX reads `import`/`export` as a module
  // statement, and a `~~~` opens a code block that would swallow the rest of the page.
  return out.replace(/^(\s*)([ie])(?=mport|xport)/, (_, space, letter) => `${space}&#${letter.charCodeAt(0)};`).replace(/^(\s*)~/, '$1\\~');
}

/**
 * Spec prose (a description, a summary) as MDX: CommonMark, with nothing MDX can run.
 * @param {string} text
 */
export function prose(text) {
  return String(text)
    .split(/\r\n|\r|\n/)
    .map(proseLine)
    .join('\n');
}

/**
 * A value from the spec (an enum value, a header name, a const) as an inline code span that
 * shows exactly that value: a fence longer than any backtick run inside, padded where
 * CommonMark would strip or merge. A line break cannot live in a code span: it is shown as
 * JSON writes it (`\n`).
 * @param {string | number | boolean} value
 */
export function code(value) {
  let text = String(value);
  if (/[\r\n]/.test(text)) text = JSON.stringify(text).slice(1, -1);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A value for a JSX string attribute (`title="…"`): MDX decodes character references there,
 * so `&` and `"` are written as references and the value reads back exactly.
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
 * Text for the inside of a double-quoted YAML scalar: JSON's escapes (quotes, backslashes,
 * line breaks) plus the characters YAML reads as line breaks or forbids (NEL, U+2028, U+2029,
 * DEL and the C1 controls, the byte order mark), so the value stays on its line and no `---`
 * in it can end the frontmatter.
 * @param {string} text
 */
export function yamlQuoted(text) {
  return JSON.stringify(String(text))
    .slice(1, -1)
    .replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * YAML frontmatter with quoted plain-text values.
 * @param {Readonly<Record<string, string>>} fields
 */
export function frontmatter(fields) {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: "${yamlQuoted(plainText(value))}"`);
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
 * A fenced code block whose fence is longer than any backtick run inside, so no line of the
 * code can close it; MDX reads a code block's content literally.
 * @param {string} language
 * @param {string} source
 * @param {string} [title]
 */
export function codeBlock(language, source, title) {
  const longest = Math.max(2, ...(String(source).match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}${title ? ` ${title.replace(/[\r\n`]/g, ' ')}` : ''}\n${String(source).replace(/\n$/, '')}\n${fence}`;
}

/**
 * Markdown table of MDX cells (each already built with `prose`, `code` or links): pipes are
 * protected and line breaks, which would end the row, become spaces.
 * @param {readonly string[]} head
 * @param {readonly (readonly string[])[]} rows
 */
export function table(head, rows) {
  /** @param {string} value */
  const cell = (value) =>
    String(value)
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ');
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}
