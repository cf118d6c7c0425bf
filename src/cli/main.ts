#!/usr/bin/env node
import { WOES_WEBHOOKS } from './commands/index.js';
import { runCli } from './run-cli.js';

runCli(WOES_WEBHOOKS, process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
