import type { SpecLinter } from '../../tools/spec/load-spec.js';
import { lintWithParser } from '../../tools/spec/lint-with-parser.js';
import type { Problem } from '../../tools/spec/problem.js';

const verdicts = new Map<string, Promise<Problem[]>>();

/**
 * The AsyncAPI parser's check (lintWithParser), run once per document text in this process and
 * shared by every later check of the same text. A parse costs a second or more of CPU, and
 * many cases load the unchanged spec (from a temporary copy); the first one still runs the real
 * parser on it. The verdict depends on the text alone: a document reaches the parser only after
 * the loader has refused every reference that is not local to it, so where the file lies does
 * not matter. A check that was stopped (its deadline passed) is not shared: a caller still
 * waiting on it sees no verdict, and its own deadline reports the parser's timeout.
 */
export const lintOncePerText: SpecLinter = (text, file, signal) => {
  const shared = verdicts.get(text);
  if (shared) return shared;
  // lintWithParser answers [] once stopped; that is no verdict to hand anyone else.
  const verdict = lintWithParser(text, file, signal).then((problems) => (signal.aborted ? new Promise<Problem[]>(() => undefined) : problems));
  verdicts.set(text, verdict);
  signal.addEventListener('abort', () => verdicts.delete(text), { once: true });
  verdict.catch(() => verdicts.delete(text));
  return verdict;
};
