import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Where @asyncapi/generator writes the transpiled template (inside the template folder). */
export const TRANSPILED_DIR = '__transpiled';
const STAMP = '.woes-source-hash';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== TRANSPILED_DIR && entry.name !== 'node_modules')
      .map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat().sort();
}

// What Rollup bundles into `__transpiled/`. The guides and snippets are read at render time.
const COMPILED_SOURCES = ['template', 'lib'];

/** A hash of every file of the template that the transpiled code is built from. */
export async function templateSourceHash(templateDir: string, generatorVersion: string): Promise<string> {
  const hash = createHash('sha256').update(generatorVersion);
  const files = (await Promise.all(COMPILED_SOURCES.map((dir) => sourceFiles(join(templateDir, dir))))).flat();
  for (const file of files) {
    hash.update(relative(templateDir, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The generator transpiles the template with Babel and Rollup on every run (about 3 s here),
 * and offers `compile: false` to reuse `__transpiled/`. We compile again exactly when the
 * template's sources (or the generator) changed since the last compile: the stamp records them.
 */
export async function needsCompile(templateDir: string, sourceHash: string): Promise<boolean> {
  const stamp = await readFile(join(templateDir, TRANSPILED_DIR, STAMP), 'utf8').catch(() => '');
  return stamp.trim() !== sourceHash;
}

export function stampPath(templateDir: string): string {
  return join(templateDir, TRANSPILED_DIR, STAMP);
}

const LOCK = '.transpile-lock';
const LOCK_WAIT_MS = 60_000;

/**
 * Two `generate` runs at once (parallel test files on a fresh clone) would both transpile
 * into the same `__transpiled/`. The first takes this lock (an atomic mkdir) and the others
 * wait for it, then find the stamp current. A lock older than a minute is a crashed run's.
 */
export async function lockTranspile(templateDir: string): Promise<() => Promise<void>> {
  const lock = join(templateDir, LOCK);
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > LOCK_WAIT_MS) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
