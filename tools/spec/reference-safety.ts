import { isObject, resolveLocalRef } from './spec-model.js';
import type { Json, JsonObject } from './load-spec.js';
import type { Problem } from './problem.js';

const LOCAL_PREFIX = '#/';

const pointerOf = (path: readonly (string | number)[]): string =>
  `${LOCAL_PREFIX}${path.map((segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
const pointerPath = (ref: string): string[] =>
  ref
    .slice(LOCAL_PREFIX.length)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

/** Every `$ref` in the document with its path, found with an explicit stack (no recursion limit). */
function collectRefs(raw: JsonObject): { ref: Json; path: (string | number)[] }[] {
  const refs: { ref: Json; path: (string | number)[] }[] = [];
  const stack: { node: Json; path: (string | number)[] }[] = [{ node: raw, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (Array.isArray(node)) node.forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref') refs.push({ ref: value, path: [...path, key] });
        else stack.push({ node: value, path: [...path, key] });
      }
    }
  }
  return refs.sort((a, b) => a.path.join('\0').localeCompare(b.path.join('\0')));
}

/**
 * References the contract may not hold, found on the plain data before the AsyncAPI parser
 * (or any resolver) sees the document. The contract is one self-contained file and a pull
 * request can edit it: a reference to a URL would be fetched and one to another file read
 * (`../../etc/passwd`), so anything but a local `#/…` pointer is refused. And a chain of
 * references that comes back to itself (`A: {$ref: B}`, `B: {$ref: A}`) resolves to nothing
 * while the parser's resolver spins on it forever.
 */
export function findUnsafeRefs(raw: JsonObject, deadline = Number.POSITIVE_INFINITY): Problem[] {
  const problems: Problem[] = [];
  const refs = collectRefs(raw);
  for (const { ref, path } of refs) {
    if (typeof ref !== 'string') {
      problems.push({
        code: 'invalid_ref',
        message: `$ref is ${JSON.stringify(ref)}, not a string`,
        path,
        fix: "Write the reference as a string, e.g. $ref: '#/components/schemas/<Name>'.",
      });
    } else if (!ref.startsWith(LOCAL_PREFIX)) {
      problems.push({
        code: 'non_local_ref',
        message: `$ref "${ref}" points outside this document; only local references (#/…) are followed`,
        path,
        fix: 'Copy the definition into components and reference it as #/components/<kind>/<Name>: the contract is one self-contained file, and URLs or other files are never fetched.',
      });
    }
  }
  if (problems.length > 0) return problems;
  return [...findCycles(raw, refs as { ref: string; path: (string | number)[] }[], deadline)];
}

/**
 * How many references a chain may pass through before it reaches a definition. The contract's
 * longest is 1 (a message payload to its schema); a chain of 2,000 is a document built to keep
 * resolvers busy.
 */
export const MAX_REF_CHAIN = 32;

/** Thrown by the walk when the load's time is up; the loader reports it as one problem. */
export class LoadDeadlinePassed extends Error {}

/**
 * Reference cycles and over-long chains, in time linear in the number of references: each
 * object holding a `$ref` is followed once, and remembers how far its chain runs from there.
 */
function findCycles(raw: JsonObject, refs: readonly { ref: string; path: (string | number)[] }[], deadline: number): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  // Pointer of an object holding a $ref → references from it to the end of its chain.
  const remaining = new Map<string, number>();
  let steps = 0;
  for (const { ref, path } of refs) {
    const start = pointerOf(path.slice(0, -1));
    if (remaining.has(start)) continue;
    // The chain followed from this reference, and where each pointer sits in it.
    const chain: string[] = [start];
    const index = new Map<string, number>([[start, 0]]);
    let next: string | undefined = ref;
    let tail = 0;
    while (next !== undefined) {
      if ((++steps & 1023) === 0 && Date.now() > deadline) throw new LoadDeadlinePassed();
      const known = remaining.get(next);
      if (known !== undefined) {
        tail = known + 1;
        break;
      }
      const seen = index.get(next);
      if (seen !== undefined) {
        const cycle = [...chain.slice(seen), next];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            code: 'ref_cycle',
            message: `$ref cycle: ${cycle.join(' → ')}; a chain of references must end at a definition`,
            // At the first reference inside the loop, which is the line to edit.
            path: [...pointerPath(next), '$ref'],
            fix: 'Point one of these references at the schema or message it stands for, not at another reference.',
          });
        }
        // Every pointer of this walk ends in the loop: none is followed again.
        tail = Number.POSITIVE_INFINITY;
        break;
      }
      index.set(next, chain.length);
      chain.push(next);
      const target = resolveLocalRef(raw, next);
      next = isObject(target) && typeof target.$ref === 'string' ? target.$ref : undefined;
      if (next === undefined) tail = 0;
    }
    // Walking back, each pointer's chain is one longer than the one after it.
    for (let position = chain.length - 1; position >= 0; position--) {
      const pointer = chain[position] ?? '';
      const length = next === undefined ? chain.length - 1 - position : tail + (chain.length - 1 - position);
      remaining.set(pointer, length);
    }
    const length = remaining.get(start) ?? 0;
    if (length > MAX_REF_CHAIN && Number.isFinite(length) && !reported.has('chain')) {
      // Once: the first chain found too long is the one to shorten, and it names its start.
      reported.add('chain');
      problems.push({
        code: 'ref_chain_too_long',
        message: `$ref chain of ${length} references from ${start}; at most ${MAX_REF_CHAIN} may lead to a definition`,
        path,
        fix: 'Point the reference straight at the schema or message it stands for: a reference to a reference to a reference adds nothing.',
      });
    }
  }
  return problems;
}
