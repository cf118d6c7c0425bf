// `npm run bench`: every benchmark in scripts/bench/*.bench.ts, one after another, each in
// its own process so one does not warm up or load the next. Figures are printed, not asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync('scripts/bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of benches) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  const result = spawnSync('node_modules/.bin/tsx', [`scripts/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
  console.log('');
}
process.exitCode = failed === 0 ? 0 : 1;
