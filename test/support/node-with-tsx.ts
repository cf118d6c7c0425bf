import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// tsx's loader by URL, so a child started in any folder finds it.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * The command and arguments that run a TypeScript entry of this repository as package.json's
 * scripts do (`node --import tsx <script>`): one process, from any working directory.
 */
export function nodeWithTsx(script: string, args: readonly string[]): [string, string[]] {
  return [process.execPath, ['--import', TSX, resolve(script), ...args]];
}
