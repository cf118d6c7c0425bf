/**
 * The one way text from the spec enters generated JavaScript and TypeScript. A contract edited
 * in a pull request is untrusted input, and every string of it (a pattern, an enum value, a
 * property name, a description) is data wherever it lands: in a string literal, a regular
 * expression, a comment or a name. Emitters never splice spec text into code themselves; they
 * call one of these, and test/tools/derive/generated-code-injection.test.ts feeds each position
 * a value built to break out.
 */

/** A name from the spec that cannot become an identifier in generated code. */
export class UnsafeGeneratedName extends Error {
  readonly code = 'generated_name_unsafe';
  constructor(
    readonly offending: string,
    readonly purpose: string,
  ) {
    super(`${JSON.stringify(offending)} cannot name ${purpose} in generated code: a name there is letters, digits, _ and $, not starting with a digit`);
    this.name = 'UnsafeGeneratedName';
  }
}

// `</script` and `<!--` end or bend an HTML script element a bundle may be inlined into; U+2028
// and U+2029 end a line inside a comment or break older parsers. JSON.stringify leaves all four.
const HTML_AND_LINE_BREAKERS = /<\/|<!--|[\u2028\u2029]/g;
const escapeHtmlAndLineBreakers = (text: string): string =>
  text.replace(HTML_AND_LINE_BREAKERS, (match) => (match === '</' ? '<\\/' : match === '<!--' ? '\\u003c!--' : `\\u${match.charCodeAt(0).toString(16)}`));

/**
 * A JSON value as a JavaScript (and TypeScript) expression: JSON.stringify, which escapes quotes,
 * backslashes and control characters, plus the four sequences JSON leaves that matter in a
 * script. `indent` as JSON.stringify's. A number that JSON cannot hold (Infinity, NaN) is
 * refused: JSON.stringify would write `null`.
 */
export function jsLiteral(value: unknown, indent?: number): string {
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item === 'number' && !Number.isFinite(item)) throw new RangeError(`${item} has no JSON form and cannot be written into generated code`);
      return item;
    },
    indent,
  );
  if (text === undefined) throw new TypeError(`${String(value)} has no JSON form and cannot be written into generated code`);
  return escapeHtmlAndLineBreakers(text);
}

/**
 * A regular expression from a schema `pattern`, as ajv compiles it (the `u` flag): the source
 * goes in as a string literal, so no character of it can end the expression, and it is compiled
 * here first, so an invalid one stops the generator instead of the receiver's import.
 */
export function jsRegExp(pattern: string): string {
  new RegExp(pattern, 'u');
  return `new RegExp(${jsLiteral(pattern)}, "u")`;
}

/**
 * Text for the inside of a block comment: on one line, and with every star-slash written
 * star-backslash-slash, so nothing in it can close the comment early.
 */
export function jsComment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\*\//g, '*\\/');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// Reserved in modules and strict code, where every generated module runs; none can be a binding.
const RESERVED = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield arguments eval'.split(
    ' ',
  ),
);

/** A name built from spec text (`checkConversation`, `DELIVERY_SIGNING_HEADERS`) as a binding, or UnsafeGeneratedName. */
export function jsIdentifier(name: string, purpose: string): string {
  if (!IDENTIFIER.test(name) || RESERVED.has(name)) throw new UnsafeGeneratedName(name, purpose);
  return name;
}
