import { describe, expect, it } from 'vitest';
import { findBacktracking } from '../../../../tools/derive/backtracking-patterns.js';

/** Patterns that can take exponential time in a backtracking engine, with the part to blame. */
const REFUSED: readonly (readonly [pattern: string, part: string])[] = [
  ['^(a+)+$', '(a+)+'],
  ['(a*)*', '(a*)*'],
  ['^(\\d+\\.?)+$', '(\\d+\\.?)+'],
  ['((ab)*c*)+', '((ab)*c*)+'],
  ['(x+x+)+y', '(x+x+)+'],
  ['^(a|ab)*$', '(a|ab)*'],
  ['^(a|a)*$', '(a|a)*'],
  ['(\\w|\\d)+', '(\\w|\\d)+'],
  ['^(?:[a-z]|\\p{L})+$', '(?:[a-z]|\\p{L})+'],
  // Safe in fact (each repetition ends with `-`), refused all the same: the rule is conservative
  // and its fix says how to write it, `^[a-z]+(-[a-z]+)*$`.
  ['^([a-z]+-)*[a-z]+$', '([a-z]+-)*'],
];

/** Patterns that split any text one way only: the contract's own among them. */
const ACCEPTED: readonly string[] = [
  '^(/[A-Za-z0-9_]+)+$',
  '^v1a?,[A-Za-z0-9+/]+={0,2}( v1a?,[A-Za-z0-9+/]+={0,2})*$',
  '^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  '^(open|closed)$',
  '^(?:a|b)+$',
  '^[a-z]+(-[a-z]+)*$',
];

describe('patterns that backtrack exponentially', () => {
  it.each(REFUSED)('%s is refused, naming %s', (pattern, part) => {
    expect(findBacktracking(pattern)?.part).toBe(part);
  });

  it.each(ACCEPTED)('%s is accepted', (pattern) => {
    expect(findBacktracking(pattern)).toBeUndefined();
  });
});
