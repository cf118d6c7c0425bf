import type { Program } from '../../src/cli/run-cli.js';
import { diffCommand } from './commands/diff.js';
import { generateCommand } from './commands/generate.js';
import { publishDocsCommand } from './commands/publish-docs.js';

/**
 * The maintainers' CLI: `npm run generate`, `npm run diff` and `npm run docs:publish`. It runs from source inside this
 * repository and is never published; the package's own `woes-webhooks` CLI is src/cli/.
 */
export const MAINTAINER_CLI: Program = {
  name: 'woes-contract',
  summary: 'maintain the Woes webhook contract (asyncapi.yaml) and everything derived from it',
  commands: [generateCommand, diffCommand, publishDocsCommand],
};
