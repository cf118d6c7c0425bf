import { runCli } from '../../src/cli/run-cli.js';
import { MAINTAINER_CLI } from './program.js';

process.exitCode = await runCli(MAINTAINER_CLI, process.argv.slice(2));
