import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SpecProblems } from '../../spec/problem.js';
import { readContractFile, readContractYaml, type JsonObject } from '../../spec/load-spec.js';
import { contractFromRaw, type ContractVersion } from '../../diff/contract-version.js';
import { bumpBetween } from '../../diff/judge-version.js';

/** Where released contracts are frozen, relative to the repository root. */
export const RELEASES_DIR = 'releases';

/** A contract text already read, with its plain data: the spec `generate` is deriving from. */
export interface ReadText {
  readonly text: string;
  readonly raw: JsonObject;
}

/**
 * Releases already read in this process, by file name and text. A release never changes, so a
 * process that derives more than once (a test worker runs the pipeline dozens of times) parses
 * each one once: a parse costs 40 to 80 ms, and every run reads every release. Bounded,
 * oldest out first, so a process that reads many different texts does not keep them all.
 */
const alreadyReleased = new Map<string, ContractVersion>();
const REMEMBERED_RELEASES = 16;

function remember(key: string, release: ContractVersion): ContractVersion {
  alreadyReleased.set(key, release);
  for (const oldest of alreadyReleased.keys()) {
    if (alreadyReleased.size <= REMEMBERED_RELEASES) break;
    alreadyReleased.delete(oldest);
  }
  return release;
}

/**
 * Every released contract, oldest first. A release is a frozen copy of asyncapi.yaml named
 * `<version>.yaml`: committed, so the changelog needs no network and no git history, and
 * never edited, so the changelog of a past release never moves. The latest release is usually
 * the spec itself, byte for byte: `alreadyRead` spares parsing that text a second time.
 */
export async function readReleases(root: string, alreadyRead?: ReadText): Promise<ContractVersion[]> {
  const dir = join(root, RELEASES_DIR);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml'));
  const releases: ContractVersion[] = [];
  for (const name of names) {
    const source = `${RELEASES_DIR}/${name}`;
    // A regular file within the size cap, like the spec: a release file arrives in a pull request too.
    const file = await readContractFile(join(dir, name));
    if (!file.ok) throw new SpecProblems(source, file.problems);
    const { text } = file;
    const key = `${source}\n${text}`;
    const known = alreadyReleased.get(key);
    if (known) {
      releases.push(known);
      continue;
    }
    // Read as safely as the spec: a release file arrives in a pull request too.
    const read = alreadyRead?.text === text ? { ok: true as const, raw: alreadyRead.raw } : readContractYaml(text, source);
    if (!read.ok) {
      const restore = 'A release is a copy of asyncapi.yaml as it was released; restore it from git.';
      throw new SpecProblems(
        source,
        read.problems.map((problem) =>
          problem.code === 'not_a_contract'
            ? { ...problem, code: 'release_not_a_contract', message: `${source} is not a contract`, fix: restore }
            : { ...problem, fix: `${problem.fix} ${restore}` },
        ),
      );
    }
    const release = contractFromRaw(read.raw, source);
    if (`${release.model.version}.yaml` !== name) {
      throw new SpecProblems(source, [
        {
          code: 'release_misnamed',
          message: `${source} holds info.version ${release.model.version}`,
          path: ['info', 'version'],
          fix: `Name a release after its version: ${RELEASES_DIR}/${release.model.version}.yaml.`,
        },
      ]);
    }
    releases.push(remember(key, release));
  }
  const order = (a: ContractVersion, b: ContractVersion): number => {
    const bump = bumpBetween(a.model.version, b.model.version);
    return bump === 'downgrade' ? 1 : bump === 'none' || bump === 'invalid' ? a.source.localeCompare(b.source) : -1;
  };
  return releases.sort(order);
}
