import type { CapturedAttempt } from './captured-attempt.js';

/** The longest webhook-id a report line shows whole; Woes ids are UUIDs (36 characters). */
export const SHOWN_ID_CHARS = 80;

/**
 * A webhook-id as a report line shows it: whole when it is short, else its start and its
 * length. A producer's 15 KB ids would otherwise make every line of the report 15 KB long.
 */
export function shownId(id: string): string {
  if (id.length <= SHOWN_ID_CHARS) return id;
  // Cut by UTF-16 units, never between the two halves of a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(id.charAt(SHOWN_ID_CHARS - 1)) ? SHOWN_ID_CHARS - 1 : SHOWN_ID_CHARS;
  return `${id.slice(0, cut)}… (${id.length} characters)`;
}

/** `<webhook-id> attempt <n>`, the start of every report line about one attempt. */
export const label = (attempt: CapturedAttempt): string =>
  `${attempt.headers['webhook-id'] === undefined ? '(no webhook-id)' : shownId(attempt.headers['webhook-id'])} attempt ${attempt.attemptIndex + 1}`;
