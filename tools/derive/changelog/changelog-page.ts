import { diffContracts } from '../../diff/diff-contracts.js';
import { readPolicy } from '../../diff/judge-version.js';
import { readReleases, type ReadText } from './read-releases.js';
import { renderChangelog, type ReleaseEntry } from './render-changelog.js';

export const MDX_BANNER = '{/* Generated from asyncapi.yaml by `npm run generate`. Do not edit. */}';

/**
 * The docs changelog page, from the classified diffs between consecutive releases in
 * `<root>/releases/`. Unreleased edits to the spec do not appear until they are released.
 * `spec` is the contract being derived (its policy names the bump of each class).
 */
export async function changelogPage(root: string, spec: ReadText): Promise<string> {
  const releases = await readReleases(root, spec);
  const entries: ReleaseEntry[] = releases.map((release, index) => {
    const previous = releases[index - 1];
    return previous ? { release, report: diffContracts(previous, release) } : { release };
  });
  return renderChangelog(entries, readPolicy(spec.raw), MDX_BANNER);
}
