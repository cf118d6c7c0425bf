import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../repository-root.js';
import { CODE_BANNER, type OutputFile } from '../output.js';
import type { ConformanceSuite } from './case-model.js';

// The interfaces come from case-model.ts, the one definition, read as source (also when the
// pipeline runs compiled, from dist/).
const CASE_MODEL = join(REPOSITORY_ROOT, 'tools', 'derive', 'conformance', 'case-model.ts');

/** case-model.ts without its leading `//` comment, which speaks of that file. */
function caseModelDeclarations(): string {
  const source = readFileSync(CASE_MODEL, 'utf8');
  return source.replace(/^(\/\/.*\n)+\n?/, '').trimEnd();
}

/**
 * The same data as cases.json, as a typed module: the JavaScript runner imports it (no file
 * reads at runtime, so it bundles into serverless functions), and tsc checks it against the
 * interfaces of case-model.ts.
 */
export function casesModule(suite: ConformanceSuite): OutputFile {
  const content = `${CODE_BANNER}// The receiver conformance suite. The same data, language-neutral: generated/conformance/cases.json.

${caseModelDeclarations()}

export const CONFORMANCE_SUITE: ConformanceSuite = ${JSON.stringify(suite, null, 2)};
`;
  return { path: 'generated/conformance/cases.ts', content };
}
