import { dirname } from 'node:path';
import type { Emitter } from '../derive.js';
import { changelogPage } from './changelog-page.js';

export { MDX_BANNER } from './changelog-page.js';
export const CHANGELOG_PAGE = 'docs/webhooks/changelog.mdx';

/**
 * The changelog page on its own, where the docs section emitter writes it: the unit its tests
 * run. `npm run generate` writes it as part of the section (tools/derive/docs/docs-emitter.ts),
 * so it is not among the pipeline's EMITTERS.
 */
export const changelogEmitter: Emitter = {
  name: 'changelog',
  ownedDirs: [],
  emit: async ({ spec }) => [{ path: CHANGELOG_PAGE, content: await changelogPage(dirname(spec.file), spec) }],
};
