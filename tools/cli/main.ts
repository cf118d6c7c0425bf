import { startParserThread } from '../spec/lint-with-parser.js';

// Both commands run the AsyncAPI parser, and loading it is the longest step of either: it
// starts on its own thread first, while the rest of the tool loads (the thread never keeps
// the process alive, so `--help` or a usage error still ends at once).
startParserThread();
const { runCli } = await import('../../src/cli/run-cli.js');
const { MAINTAINER_CLI } = await import('./program.js');

process.exitCode = await runCli(MAINTAINER_CLI, process.argv.slice(2));
