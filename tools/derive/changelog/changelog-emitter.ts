import { dirname } from 'node:path';
import type { Emitter } from '../derive.js';
import { diffContracts } from '../../diff/diff-contracts.js';
import { readPolicy } from '../../diff/judge-version.js';
import { readReleases } from './read-releases.js';
import { renderChangelog, type ReleaseEntry } from './render-changelog.js';

export const CHANGELOG_PAGE = 'docs/webhooks/changelog.mdx';
export const MDX_BANNER = '{/* Generated from asyncapi.yaml by `npm run generate`. Do not edit. */}';

/**
 * The docs changelog, generated from the classified diffs between consecutive releases in
 * releases/. Unreleased edits to asyncapi.yaml do not appear until they are released. Owns no
 * folder: docs/webhooks/ also holds the docs engineer's pages.
 */
export const changelogEmitter: Emitter = {
  name: 'changelog',
  ownedDirs: [],
  emit: async ({ spec }) => {
    const releases = await readReleases(dirname(spec.file), spec);
    const entries: ReleaseEntry[] = releases.map((release, index) => {
      const previous = releases[index - 1];
      return previous ? { release, report: diffContracts(previous, release) } : { release };
    });
    return [{ path: CHANGELOG_PAGE, content: renderChangelog(entries, readPolicy(spec.raw), MDX_BANNER) }];
  },
};
