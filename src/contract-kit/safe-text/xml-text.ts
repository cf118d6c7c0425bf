/**
 * Characters XML 1.0 does not allow at all, even as `&#…;` references (every C0 control but
 * tab, line feed and carriage return; U+FFFE and U+FFFF; a surrogate without its pair), and the
 * ones it discourages or that steer a reader (DEL, the C1 controls, line and paragraph
 * separators, the bidirectional overrides and isolates). A JUnit report that holds one is
 * rejected by CI's XML parsers, or shows something else than it says.
 */
const NOT_FOR_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it replaces
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Untrusted text as XML character data or an attribute value: markup escaped, and each
 * character XML cannot carry shown as a visible `\uXXXX` instead, so the report stays
 * well-formed and says what the receiver sent. The one path every string in the JUnit report
 * goes through.
 */
export const escapeXml = (text: string): string =>
  text.replace(NOT_FOR_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[&<>"']/g, (char) => MARKUP[char] ?? char);
