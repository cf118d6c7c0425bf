import type { Emitter } from '../derive.js';
import { jsonFile } from '../output.js';
import { DEFAULT_ICON_LIBRARY } from '../../../templates/mintlify-webhooks/lib/icons.js';
import { REDIRECTS, sectionGroups } from '../../../templates/mintlify-webhooks/lib/navigation.js';
import { DOCS_ROOT } from './docs-emitter.js';

/**
 * docs/docs.json: a preview site that holds the section and nothing else, so the tests can
 * build, link-check and render it with Mintlify's own tools. It is not part of the section:
 * docs.woes.dev keeps its own docs.json, and `npm run docs:publish` splices the section's
 * groups and redirects into it (tools/publish-docs). The preview names its icons in the
 * section's default library, which is why it sets `icons.library`; the section never does.
 */
export const previewSiteEmitter: Emitter = {
  name: 'preview-site',
  ownedDirs: [],
  emit: ({ model }) => [
    jsonFile(`${DOCS_ROOT}/docs.json`, {
      $schema: 'https://mintlify.com/docs.json',
      theme: 'mint',
      name: 'Woes webhooks (preview)',
      colors: { primary: '#4F46E5', light: '#818CF8', dark: '#3730A3' },
      icons: { library: DEFAULT_ICON_LIBRARY },
      navigation: { groups: sectionGroups(model, DEFAULT_ICON_LIBRARY) },
      redirects: REDIRECTS,
    }),
  ],
};
