// The recipe imports the package from this repository's source (two folders up), so both
// bundlers may read files above the app folder.
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
};
