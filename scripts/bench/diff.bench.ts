// `npm run diff`: the classification itself (in process, the real spec against
// an edited copy) and the CLI as CI runs it (two files, each checked by the AsyncAPI parser).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';
import type { JsonObject } from '../../tools/spec/load-spec.js';
import { contractFromRaw } from '../../tools/diff/contract-version.js';
import { diffContracts } from '../../tools/diff/diff-contracts.js';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const text = readFileSync('asyncapi.yaml', 'utf8');
const base = parse(text) as JsonObject;
const head = parse(text) as {
  components: { schemas: { Conversation: { properties: Record<string, unknown> }; Channel: { enum: string[] } } };
  'x-woes-retries': { attemptTimeoutSeconds: number };
};
delete head.components.schemas.Conversation.properties.preview;
head.components.schemas.Channel.enum.push('sms');
head['x-woes-retries'].attemptTimeoutSeconds = 30;

const inProcess: number[] = [];
let changes = 0;
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  changes = diffContracts(contractFromRaw(base, 'base'), contractFromRaw(head as unknown as JsonObject, 'head')).changes.length;
  inProcess.push(performance.now() - start);
}

const dir = mkdtempSync(join(tmpdir(), 'woes-bench-diff-'));
writeFileSync(join(dir, 'base.yaml'), text);
writeFileSync(join(dir, 'head.yaml'), stringify(head));
const cli: number[] = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const result = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('tools/cli/main.ts'), 'diff', 'base.yaml', 'head.yaml'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 1) throw new Error(`diff should fail the gate here:\n${result.stdout}${result.stderr}`);
  cli.push((performance.now() - start) / 1000);
}
console.log(`diff — ${changes} classified changes between the spec and an edited copy`);
console.log(`  classify in process (median of 20)   ${median(inProcess).toFixed(1)} ms`);
console.log(`  npm run diff -- a b (median of 3)   ${median(cli).toFixed(2)} s   wall time with Node, tsx and two AsyncAPI parser runs`);
