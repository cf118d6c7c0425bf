import type { ConformanceCase } from '../../generated/conformance/cases.js';
import { ContractKitError } from './contract-error.js';

/**
 * `--only` and `--skip` take case ids or prefixes ending in `.` or `*` (`signature.`,
 * `deliver.*`). A selector that matches nothing is a typo: say so instead of running nothing.
 */
function matcher(selector: string): (id: string) => boolean {
  const trimmed = selector.trim();
  if (trimmed.endsWith('*')) return (id) => id.startsWith(trimmed.slice(0, -1));
  if (trimmed.endsWith('.')) return (id) => id.startsWith(trimmed);
  return (id) => id === trimmed || id.startsWith(`${trimmed}.`);
}

export function selectCases(
  cases: readonly ConformanceCase[],
  options: { only?: readonly string[] | undefined; skip?: readonly string[] | undefined },
): { run: ConformanceCase[]; skipped: ConformanceCase[] } {
  for (const selector of [...(options.only ?? []), ...(options.skip ?? [])]) {
    if (!cases.some((candidate) => matcher(selector)(candidate.id))) {
      const groups = [...new Set(cases.map((candidate) => candidate.id.split('.')[0]))].join(', ');
      throw new ContractKitError('unknown_case', `no case matches "${selector}". Case ids start with ${groups}; list them with --reporter json.`);
    }
  }
  const only = (options.only ?? []).map(matcher);
  const skip = (options.skip ?? []).map(matcher);
  const run: ConformanceCase[] = [];
  const skipped: ConformanceCase[] = [];
  for (const candidate of cases) {
    const selected = (only.length === 0 || only.some((test) => test(candidate.id))) && !skip.some((test) => test(candidate.id));
    (selected ? run : skipped).push(candidate);
  }
  return { run, skipped };
}
