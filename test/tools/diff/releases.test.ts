import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// Releases never change, so a process reads each text once; a file whose text did change is read again.
describe('reading releases', () => {
  const copyOf = (release: string): string => {
    const root = mkdtempSync(join(tmpdir(), 'woes-releases-'));
    mkdirSync(join(root, 'releases'));
    copyFileSync(join('releases', release), join(root, 'releases', release));
    return root;
  };

  it('parses a release text once per process, wherever it lies', async () => {
    const [first] = await readReleases(copyOf('1.0.0.yaml'));
    const [again] = await readReleases(copyOf('1.0.0.yaml'));
    expect(first?.model.version).toBe('1.0.0');
    expect(again).toBe(first);
  });

  it('reads a release again when its text differs', async () => {
    const [before] = await readReleases(copyOf('1.0.0.yaml'));
    const root = copyOf('1.0.0.yaml');
    const file = join(root, 'releases', '1.0.0.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}title: ).*$/m, '$1Woes webhooks, edited'));
    const [after] = await readReleases(root);
    expect(after).not.toBe(before);
    expect(after?.model.title).toBe('Woes webhooks, edited');
    expect(before?.model.title).not.toBe('Woes webhooks, edited');
  });
});
