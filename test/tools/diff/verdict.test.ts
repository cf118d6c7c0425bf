import { describe, expect, it } from 'vitest';
import { contractFromRaw } from '../../../tools/diff/contract-version.js';
import { diffContracts } from '../../../tools/diff/diff-contracts.js';
import { bumpBetween, DEFAULT_POLICY, readPolicy } from '../../../tools/diff/judge-version.js';
import { at, realSpec, type Spec } from './spec-edits.js';

const atVersion = (spec: Spec, version: string): Spec => {
  at(spec, 'info').version = version;
  return spec;
};
import { VERDICT_CASES } from './verdict-cases.js';

describe('the version gate', () => {
  it.each(VERDICT_CASES)('$name → ok: $ok', ({ head, ok, failure }) => {
    // The cases read as edits of 1.0.0, whatever version the real spec is at now.
    const base = atVersion(realSpec(), '1.0.0');
    const edited = atVersion(realSpec(), '1.0.0');
    head(edited);
    const { verdict } = diffContracts(contractFromRaw(base, 'base'), contractFromRaw(edited, 'head'));
    expect(verdict.ok, verdict.failures.join('\n')).toBe(ok);
    if (failure) expect(verdict.failures.join('\n')).toMatch(failure);
  });

  it('reads its policy from the spec, not from code', () => {
    const spec = realSpec();
    expect(readPolicy(spec)).toEqual({ bumps: { breaking: 'major', policy: 'minor', 'non-breaking': 'minor', docs: 'patch' }, gate: ['breaking', 'policy'] });
    delete spec['x-woes-versioning'];
    expect(readPolicy(spec)).toBe(DEFAULT_POLICY);
  });

  it.each([
    ['1.0.0', '2.0.0', 'major'],
    ['1.9.3', '1.10.0', 'minor'],
    ['1.0.0', '1.0.1', 'patch'],
    ['1.2.3', '1.2.3', 'none'],
    ['2.0.0', '1.9.9', 'downgrade'],
    ['1.0', '1.0.1', 'invalid'],
  ] as const)('%s → %s is %s', (from, to, bump) => expect(bumpBetween(from, to)).toBe(bump));
});
