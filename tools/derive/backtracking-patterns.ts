import { createRequire } from 'node:module';
import type { AstNode as AnyNode, CharacterClassBody, RootNode } from 'regjsparser';

// regjsparser is a UMD script: require() gives its exports.
const { parse } = createRequire(import.meta.url)('regjsparser') as typeof import('regjsparser');

// The syntax of a `u` pattern: lookbehind, named groups and \p{…} are all part of it.
const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;
type AstNode = AnyNode<typeof FEATURES>;

/**
 * Finds schema patterns a backtracking engine (V8's, ajv's, every receiver's) can take
 * exponential time on. Patterns run on every delivery in the receiver validators and on every
 * example in `generate`, and `^(a+)+$` against 34 `a`s and a `!` already takes minutes, twice as
 * long with each further `a`. Two shapes cause it, and both are refused:
 *
 * - a repeated part inside a repeated group, `(a+)+` or `(a*b?)*`, unless every repetition of
 *   the group starts with a required character nothing repeated inside it can match: in
 *   `^(/[a-z]+)+$` each `/` starts a new segment, so the input splits one way only;
 * - alternatives under a repetition that can start with the same character, `(a|ab)*` or
 *   `(\w|\d)+`: each such character can be read by either one.
 *
 * The test is conservative (it may refuse a pattern that only looks ambiguous, and the fix
 * says how to write it), and it does not look for polynomial backtracking such as `a*a*`.
 */

/** A set of code points as sorted, disjoint, inclusive ranges. */
type CharSet = readonly (readonly [number, number])[];

const MAX = 0x10ffff;
const ALL: CharSet = [[0, MAX]];
const EMPTY: CharSet = [];

function union(...sets: CharSet[]): CharSet {
  const ranges = sets.flat().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [low, high] of ranges) {
    const last = out.at(-1);
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else out.push([low, high]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [low, high] of union(set)) {
    if (low > next) out.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

function intersects(a: CharSet, b: CharSet): boolean {
  return a.some(([lowA, highA]) => b.some(([lowB, highB]) => lowA <= highB && lowB <= highA));
}

const range = (low: string, high = low): [number, number] => [low.codePointAt(0) ?? 0, high.codePointAt(0) ?? 0];
const DIGIT: CharSet = [range('0', '9')];
const WORD: CharSet = union([range('0', '9'), range('A', 'Z'), range('_'), range('a', 'z')]);
const SPACE: CharSet = union([
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: CharSet = [
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
];
const ESCAPES: Readonly<Record<string, CharSet>> = { d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE) };

/** The characters one atom of a class can match; a Unicode property counts as any character. */
function classItem(item: CharacterClassBody): CharSet {
  switch (item.type) {
    case 'value':
      return [[item.codePoint, item.codePoint]];
    case 'characterClassRange':
      return [[item.min.codePoint, item.max.codePoint]];
    case 'characterClassEscape':
      return ESCAPES[item.value] ?? ALL;
    default:
      return ALL;
  }
}

/** What a node can match, as far as the two rules need: its first characters, every character, and the empty string. */
interface Shape {
  readonly first: CharSet;
  readonly chars: CharSet;
  readonly nullable: boolean;
}

function sequence(nodes: readonly AstNode[]): Shape {
  let first: CharSet = EMPTY;
  let chars: CharSet = EMPTY;
  let nullable = true;
  for (const node of nodes) {
    const shape = shapeOf(node);
    if (nullable) first = union(first, shape.first);
    chars = union(chars, shape.chars);
    nullable &&= shape.nullable;
  }
  return { first, chars, nullable };
}

function shapeOf(node: AstNode): Shape {
  switch (node.type) {
    case 'value':
      return { first: [[node.codePoint, node.codePoint]], chars: [[node.codePoint, node.codePoint]], nullable: false };
    case 'dot': {
      const set = complement(LINE_TERMINATORS);
      return { first: set, chars: set, nullable: false };
    }
    case 'characterClass': {
      const items = union(...node.body.map(classItem));
      const set = node.negative ? complement(items) : items;
      return { first: set, chars: set, nullable: false };
    }
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
    case 'characterClassRange': {
      const set = classItem(node);
      return { first: set, chars: set, nullable: false };
    }
    case 'anchor':
      return { first: EMPTY, chars: EMPTY, nullable: true };
    case 'reference':
      // A back-reference repeats whatever its group matched: anything.
      return { first: ALL, chars: ALL, nullable: true };
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return { first: EMPTY, chars: EMPTY, nullable: true };
      return sequence(node.body);
    case 'alternative':
      return sequence(node.body);
    case 'disjunction': {
      const shapes = node.body.map(shapeOf);
      return { first: union(...shapes.map((s) => s.first)), chars: union(...shapes.map((s) => s.chars)), nullable: shapes.some((s) => s.nullable) };
    }
    case 'quantifier': {
      const [body] = node.body;
      const shape = shapeOf(body);
      return node.max === 0 ? { first: EMPTY, chars: EMPTY, nullable: true } : { ...shape, nullable: shape.nullable || node.min === 0 };
    }
  }
}

const repeats = (node: AstNode): boolean => node.type === 'quantifier' && (node.max === undefined || node.max > 1);

/** Every node below `node`, itself included. */
function* descendants(node: AstNode): Generator<AstNode> {
  yield node;
  if ('body' in node && Array.isArray(node.body)) for (const child of node.body as AstNode[]) yield* descendants(child);
}

/** The first element of a sequence, through groups, when it is one required character (`/` in `/[a-z]+`). */
function leadingAtom(node: AstNode): AstNode | undefined {
  if (node.type === 'value' || node.type === 'characterClass' || node.type === 'characterClassEscape' || node.type === 'dot') return node;
  if ((node.type === 'group' && (node.behavior === 'normal' || node.behavior === 'ignore')) || node.type === 'alternative') {
    const [head] = node.body;
    return head === undefined ? undefined : leadingAtom(head);
  }
  if (node.type === 'quantifier' && node.min >= 1) return leadingAtom(node.body[0]);
  return undefined;
}

/** One way a pattern can backtrack exponentially: the part that does, and why. */
export interface Backtracking {
  /** The offending part of the pattern, as written (`(a+)+`). */
  readonly part: string;
  readonly reason: string;
}

/** Why `pattern` (compiled with the `u` flag, as ajv does) can take exponential time, or undefined. */
export function findBacktracking(pattern: string): Backtracking | undefined {
  let root: RootNode<typeof FEATURES>;
  try {
    root = parse(pattern, 'u', FEATURES);
  } catch {
    // Not this check's business: ajv's strict compile reports an invalid pattern.
    return undefined;
  }
  for (const node of descendants(root)) {
    if (node.type !== 'quantifier' || !repeats(node)) continue;
    const [body] = node.body;
    const inner = [...descendants(body)].filter((child) => child !== body && repeats(child));
    if (inner.length > 0) {
      const atom = leadingAtom(body);
      const repeated = union(...inner.map((child) => shapeOf(child).chars));
      if (atom === undefined || intersects(shapeOf(atom).chars, repeated)) {
        return { part: node.raw, reason: 'a repeated part inside a repeated group, which can split the same text in exponentially many ways' };
      }
    }
    for (const child of descendants(body)) {
      if (child.type !== 'disjunction') continue;
      const shapes = child.body.map(shapeOf);
      const overlap = shapes.some((a, i) => a.nullable || shapes.some((b, j) => j > i && intersects(a.first, b.first)));
      if (overlap) return { part: node.raw, reason: `alternatives under a repetition that can start with the same character (${child.raw})` };
    }
  }
  return undefined;
}
