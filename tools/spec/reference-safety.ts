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
export function findUnsafeRefs(raw: JsonObject): Problem[] {
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
  const reported = new Set<string>();
  for (const { ref, path } of refs) {
    // The chain starts at the object holding this $ref, so a loop is named from where it is written.
    const chain = [pointerOf(path.slice(0, -1))];
    let next: string | undefined = ref as string;
    while (next !== undefined) {
      if (chain.includes(next)) {
        const cycle = [...chain.slice(chain.indexOf(next)), next];
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
        break;
      }
      chain.push(next);
      const target = resolveLocalRef(raw, next);
      next = isObject(target) && typeof target.$ref === 'string' ? target.$ref : undefined;
    }
  }
  return problems;
}
