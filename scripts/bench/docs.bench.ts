// The docs: wall time of the docs test suite (Mintlify config, prebuild, link checker, OpenAPI
// validator, snippets, generator parity, every page rendered and opened in Chromium), and of
// rendering the site from the spec model in process, as `npm run generate` does.
// Figures are printed, not asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { docsEmitter } from '../../tools/derive/docs/docs-emitter.js';
import type { LoadedSpec } from '../../tools/spec/load-spec.js';
import { readSpecModel } from '../../tools/spec/spec-model.js';

const raw = parse(readFileSync('asyncapi.yaml', 'utf8')) as LoadedSpec['raw'];
const { model } = readSpecModel(raw);
const spec = { raw } as LoadedSpec;
const renders: number[] = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  await docsEmitter.emit({ model, spec });
  renders.push(performance.now() - start);
}
renders.sort((a, b) => a - b);

const start = performance.now();
const suite = spawnSync(resolve('node_modules/.bin/vitest'), ['run', 'test/docs'], { encoding: 'utf8' });
if (suite.status !== 0) throw new Error(`vitest run test/docs failed:\n${suite.stdout}\n${suite.stderr}`);
const suiteSeconds = (performance.now() - start) / 1000;

console.log('docs — wall time');
console.log(`  render the whole site from the spec model     ${renders[2]?.toFixed(1)} ms (median of 5, in process)`);
console.log(`  vitest run test/docs                          ${suiteSeconds.toFixed(2)} s`);
