import { parseArgs } from 'node:util';
import { CliUsageError, type Command } from '../command.js';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Derive schemas, types, validators and docs from asyncapi.yaml (maintainers).',
  usage: `woes-webhooks generate [--check] [--spec <file>]

  Derives schemas/, generated/ and the generated docs pages from asyncapi.yaml.
  --check   write nothing; exit 1 with a diff when a derived file is stale or missing
  --spec    the spec file (default: asyncapi.yaml in the current folder)`,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { check: { type: 'boolean' }, spec: { type: 'string' } }, strict: true });
    // The pipeline needs the maintainers' dev dependencies (@asyncapi/parser, ajv, ...): load it
    // only for this command, so the receiver-facing commands start fast and install small.
    let generate;
    try {
      ({ generate } = await import('../../derive/generate.js'));
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND';
      if (!missing) throw error;
      throw new CliUsageError('generate runs in the @woes/webhooks repository with its dev dependencies: run `npm ci` there, then `npm run generate`.', 1);
    }
    return generate({ root: io.cwd, check: values.check === true, ...(values.spec ? { spec: values.spec } : {}), log: io.err });
  },
};
