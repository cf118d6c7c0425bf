import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReleases } from '../../../tools/derive/changelog/read-releases.js';
import { bumpBetween } from '../../../tools/diff/judge-version.js';
import { diffContracts } from '../../../tools/diff/diff-contracts.js';
import { contractFromRaw } from '../../../tools/diff/contract-version.js';
import { realSpec } from './spec-edits.js';

// The frozen releases are the changelog's history: each must follow from the one before as
// the policy demands, and the spec can only be at or after the latest.
describe('releases/', () => {
  it('holds at least the first release', async () => {
    const releases = await readReleases(process.cwd());
    expect(releases[0]?.model.version).toBe('1.0.0');
  });

  it('every release passes the gate against the one before', async () => {
    const releases = await readReleases(process.cwd());
    for (const [index, release] of releases.entries()) {
      const previous = releases[index - 1];
      if (!previous) continue;
      const { verdict } = diffContracts(previous, release);
      expect(verdict.failures, `${previous.model.version} → ${release.model.version}`).toEqual([]);
    }
  });

  it('asyncapi.yaml is at or after the latest release, and passes the gate against it', async () => {
    const releases = await readReleases(process.cwd());
    const latest = releases[releases.length - 1];
    if (!latest) throw new Error('no release');
    const head = contractFromRaw(realSpec(), join(process.cwd(), 'asyncapi.yaml'));
    expect(['none', 'patch', 'minor', 'major']).toContain(bumpBetween(latest.model.version, head.model.version));
    expect(diffContracts(latest, head).verdict.failures).toEqual([]);
  });
});
