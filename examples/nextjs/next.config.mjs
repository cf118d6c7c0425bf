// The recipe imports the package from this repository's source (two folders up), so both
// bundlers may read files above the app folder.
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  // The recipe's `next build` test builds into a folder of its own, apart from `next dev`'s.
  ...(process.env.WOES_NEXT_DIST_DIR ? { distDir: process.env.WOES_NEXT_DIST_DIR } : {}),
};
