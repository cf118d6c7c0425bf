// The docs: wall time of the docs test suite (Mintlify config, prebuild, link
// checker, OpenAPI validator, snippets, every page rendered and opened in Chromium), and of
// `generate --check` right after a template change, when the generator transpiles the
// template again (the one run the transpile cache cannot spare). Figures are printed, not asserted.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TEMPLATE_DIR } from '../../src/derive/docs/docs-emitter.js';
import { stampPath } from '../../src/derive/docs/template-cache.js';

function time(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

const tsx = resolve('node_modules/.bin/tsx');
const cli = resolve('src/cli/main.ts');
const suite = time(resolve('node_modules/.bin/vitest'), ['run', 'test/docs']);
rmSync(stampPath(TEMPLATE_DIR), { force: true });
const cold = time(tsx, [cli, 'generate', '--check']);
const warm = time(tsx, [cli, 'generate', '--check']);

console.log('docs — one run each, wall time including Node start-up');
console.log(`  vitest run test/docs                          ${suite.toFixed(2)} s`);
console.log(`  generate --check, template just changed       ${cold.toFixed(2)} s   (transpiles the template once)`);
console.log(`  generate --check, template unchanged          ${warm.toFixed(2)} s   target < 5 s   ${warm < 5 ? 'ok' : 'MISSED'}`);
