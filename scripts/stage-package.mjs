// Stages what npm publishes into dist/package: the files package.json's `files` selects,
// the installers' README (package/README.md) in place of the maintainers' one, and a manifest
// without the repository's scripts, devDependencies and `private` flag. npm always packs the
// root README.md, so the user README can only be shipped from a folder of its own:
//   npm run build && node scripts/stage-package.mjs && npm pack ./dist/package
// (or `npm publish ./dist/package`). An argument stages elsewhere (tests stage into their own
// temporary folders, so parallel suites never share one). Prints the staged folder's path.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const STAGE = process.argv[2] ?? join('dist', 'package');
const [listing] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
if (!listing) throw new Error('npm pack --dry-run listed nothing');

await rm(STAGE, { recursive: true, force: true });
for (const { path } of listing.files) {
  if (path === 'README.md' || path === 'package.json') continue;
  await mkdir(dirname(join(STAGE, path)), { recursive: true });
  await cp(path, join(STAGE, path));
}
await cp(join('package', 'README.md'), join(STAGE, 'README.md'));

const manifest = JSON.parse(await readFile('package.json', 'utf8'));
delete manifest.private;
delete manifest.scripts;
delete manifest.devDependencies;
await writeFile(join(STAGE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(STAGE);
