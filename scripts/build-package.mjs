// After `tsc -p tsconfig.build.json` (the ESM build for Node in dist/src and dist/generated),
// derive the other trees the exports map points at:
//   dist/web      ESM with Web Crypto (export conditions browser, worker, default)
//   dist/cjs      CommonJS with node:crypto, for require() on every Node >= 20 and TypeScript
//                 projects compiling to CommonJS (they cannot import an ESM-only package)
//   dist/cjs-web  CommonJS with Web Crypto
// Only the runtime goes into them (signing, adapters, validation, generated types and
// validators); the CLI and the contract kit stay ESM for Node. The platform's crypto is
// chosen by which tree the package resolves to, never by probing at import time: in the web
// trees platform-backend.web.js takes the place of platform-backend.js.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { transform } from 'esbuild';

const DIST = 'dist';
const RUNTIME = ['src/runtime', 'generated/catalog', 'generated/examples', 'generated/types', 'generated/validators'];
const PLATFORM = 'src/runtime/signing/platform-backend';
const TREES = [
  { dir: 'web', format: 'esm', web: true },
  { dir: 'cjs', format: 'cjs', web: false },
  { dir: 'cjs-web', format: 'cjs', web: true },
];

async function filesUnder(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [`${path}.js`, `${path}.d.ts`];
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)])));
  return nested.flat();
}

const files = (await Promise.all(RUNTIME.map((path) => filesUnder(join(DIST, path))))).flat().filter((file) => /\.(js|d\.ts)$/.test(file));

for (const tree of TREES) {
  const root = join(DIST, tree.dir);
  await rm(root, { recursive: true, force: true });
  for (const file of files) {
    const path = relative(DIST, file);
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    if (path.endsWith('.d.ts')) {
      // Declarations are the same in every tree; in a CommonJS scope TypeScript reads them as CommonJS.
      await cp(file, target);
      continue;
    }
    if (path === `${PLATFORM}.web.js`) continue;
    const source = tree.web && path === `${PLATFORM}.js` ? join(DIST, `${PLATFORM}.web.js`) : file;
    const code = await readFile(source, 'utf8');
    const output = tree.format === 'esm' ? code : (await transform(code, { format: 'cjs', target: 'es2022', sourcefile: path })).code;
    await writeFile(target, output);
  }
  await writeFile(join(root, 'package.json'), `${JSON.stringify({ type: tree.format === 'cjs' ? 'commonjs' : 'module' }, null, 2)}\n`);
}
