import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isObject } from '../../spec/spec-model.js';
import { SpecProblems } from '../../spec/problem.js';
import type { Json } from '../../spec/load-spec.js';
import { contractFromRaw, type ContractVersion } from '../../diff/contract-version.js';
import { bumpBetween } from '../../diff/judge-version.js';

/** Where released contracts are frozen, relative to the repository root. */
export const RELEASES_DIR = 'releases';

/**
 * Every released contract, oldest first. A release is a frozen copy of asyncapi.yaml named
 * `<version>.yaml`: committed, so the changelog needs no network and no git history, and
 * never edited, so the changelog of a past release never moves.
 */
export async function readReleases(root: string): Promise<ContractVersion[]> {
  const dir = join(root, RELEASES_DIR);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml'));
  const releases: ContractVersion[] = [];
  for (const name of names) {
    const raw = parse(await readFile(join(dir, name), 'utf8')) as Json;
    const source = `${RELEASES_DIR}/${name}`;
    if (!isObject(raw)) {
      throw new SpecProblems(source, [{ code: 'release_not_a_contract', message: `${source} is not a contract`, path: [], fix: 'A release is a copy of asyncapi.yaml as it was released; restore it from git.' }]);
    }
    const release = contractFromRaw(raw, source);
    if (`${release.contract.version}.yaml` !== name) {
      throw new SpecProblems(source, [{ code: 'release_misnamed', message: `${source} holds info.version ${release.contract.version}`, path: ['info', 'version'], fix: `Name a release after its version: ${RELEASES_DIR}/${release.contract.version}.yaml.` }]);
    }
    releases.push(release);
  }
  const order = (a: ContractVersion, b: ContractVersion): number => {
    const bump = bumpBetween(a.contract.version, b.contract.version);
    return bump === 'downgrade' ? 1 : bump === 'none' || bump === 'invalid' ? a.source.localeCompare(b.source) : -1;
  };
  return releases.sort(order);
}
