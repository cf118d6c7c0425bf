import { parseArgs } from 'node:util';
import type { Command } from '../../../src/cli/command.js';
import { generate } from '../../derive/generate.js';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Derive schemas, types, validators and docs from asyncapi.yaml.',
  usage: `npm run generate -- [--check] [--spec <file>]

  Derives schemas/, generated/ and the generated docs pages from asyncapi.yaml.
  --check   write nothing; exit 1 with a diff when a derived file is stale or missing
  --spec    the spec file (default: asyncapi.yaml in the current folder)`,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { check: { type: 'boolean' }, spec: { type: 'string' } }, strict: true });
    return generate({ root: io.cwd, check: values.check === true, ...(values.spec ? { spec: values.spec } : {}), log: io.err });
  },
};
