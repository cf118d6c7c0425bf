/**
 * Characters that steer a terminal instead of showing: C0 and C1 controls (ESC starts ANSI and
 * OSC sequences, which can recolour, retitle or hide output and write links; NUL truncates a
 * line in some viewers), DEL, line and paragraph separators, and the bidirectional overrides and
 * isolates that reorder what a reader sees (U+202E makes `gpj.exe` read as `exe.jpg`).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const STEERING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same set without the line feed
const STEERING_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * One line of text from untrusted input (a receiver's answer, a producer's header, spec text),
 * made safe to print: each steering character becomes a visible `\uXXXX`, a newline included.
 */
export const escapeForTerminal = (text: string): string => text.replace(STEERING, visible);

/**
 * Text of several lines, made safe to print the same way, its line breaks kept: the one path
 * every line the contract kit prints goes through (the CLI's output, the table report). JSON
 * stays JSON: a steering character can only stand inside one of its strings, where `\uXXXX`
 * is the same character.
 */
export const escapeLinesForTerminal = (text: string): string => text.replace(STEERING_BUT_NEWLINE, visible);
