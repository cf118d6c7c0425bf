import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../repository-root.js';
import { CODE_BANNER, type OutputFile } from '../output.js';

// The interfaces come from case-model.ts, the one definition, read as source (also when the
// pipeline runs compiled, from dist/).
const CASE_MODEL = join(REPOSITORY_ROOT, 'tools', 'derive', 'conformance', 'case-model.ts');

/** case-model.ts without its leading `//` comment, which speaks of that file. */
function caseModelDeclarations(): string {
  const source = readFileSync(CASE_MODEL, 'utf8');
  return source.replace(/^(\/\/.*\n)+\n?/, '').trimEnd();
}

/**
 * The typed module over cases.json: the JavaScript runner imports it, with the interfaces of
 * case-model.ts. The data is written once, in cases.json (harnesses in other languages read
 * it, and the package exports it); this module imports it as a JSON module, which bundlers
 * inline, so the runner still reads no file at run time and bundles into serverless functions.
 */
export function casesModule(): OutputFile {
  const content = `${CODE_BANNER}// The receiver conformance suite: the data of cases.json, with its types.

import suite from './cases.json' with { type: 'json' };

${caseModelDeclarations()}

// A JSON module's literals are typed as plain strings; the conformance emitter built this data
// as a ConformanceSuite before writing it.
export const CONFORMANCE_SUITE = suite as ConformanceSuite;
`;
  return { path: 'generated/conformance/cases.ts', content };
}
