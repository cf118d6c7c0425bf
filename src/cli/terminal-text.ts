/**
 * Characters that steer a terminal instead of showing: C0 and C1 controls (ESC starts ANSI and
 * OSC sequences, which can recolour, retitle or hide output and write links), DEL, line and
 * paragraph separators, and the bidirectional overrides that reorder what a reader sees.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const STEERING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from untrusted input, made safe to print: each steering character as a visible `\u` escape. */
export const escapeForTerminal = (text: string): string => text.replace(STEERING, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
