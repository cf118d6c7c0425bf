import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliUsageError, type Command } from '../../../src/cli/command.js';
import { PublishRefusal } from '../../publish-docs/publish-refusal.js';

/** The tab the site gives the section when --tab names none. */
export const DEFAULT_TAB = 'Webhooks';

export const publishDocsCommand: Command = {
  name: 'publish-docs',
  summary: 'Put the webhooks section into the docs.woes.dev site: its files, its groups and redirects.',
  usage: `npm run docs:publish -- --site <dir> [--tab <name>] [--section <dir>] [--check]

  Renders the webhooks section from asyncapi.yaml with the site's icon library and publishes
  it into the Mintlify site at <dir>: copies webhooks/ and schemas/webhooks/ in, puts the
  section's groups into the site's tab <name> and its redirects into the site's docs.json,
  removes the pages the section no longer has, and leaves everything else as it was. Refuses,
  writing nothing, when something is in the way. A second run changes nothing.
  --site      the docs.woes.dev checkout (the folder with docs.json)
  --tab       the tab the site gives the section (default: ${DEFAULT_TAB}); the section owns its groups
  --section   publish this rendered section (asyncapi generate fromTemplate … -o <dir>) instead
  --check     write nothing; exit 1 when the site is not up to date with the section
  --spec      the spec to render (default: asyncapi.yaml)`,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: { site: { type: 'string' }, tab: { type: 'string' }, section: { type: 'string' }, spec: { type: 'string' }, check: { type: 'boolean' } },
      strict: true,
    });
    if (!values.site) throw new CliUsageError('--site is required: the folder of the docs.woes.dev checkout, which holds docs.json.');
    // Loaded here, not with the CLI: Mintlify's validator and the pipeline take seconds to load,
    // and `npm run generate` or `--help` need neither.
    const { publishDocs } = await import('../../publish-docs/publish-docs.js');
    try {
      const report = await publishDocs({
        tab: values.tab ?? DEFAULT_TAB,
        site: resolve(io.cwd, values.site),
        check: values.check === true,
        ...(values.section === undefined ? {} : { section: resolve(io.cwd, values.section) }),
        spec: resolve(io.cwd, values.spec ?? 'asyncapi.yaml'),
      });
      for (const line of report.lines) io.out(line);
      return values.check === true && !report.upToDate ? 1 : 0;
    } catch (error) {
      if (!(error instanceof PublishRefusal)) throw error;
      io.err(`publish-docs: ${error.message}`);
      io.err(`(${error.code}; nothing was written)`);
      return 1;
    }
  },
};
