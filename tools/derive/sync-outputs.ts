import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { OutputFile } from './output.js';

export interface Drift {
  readonly path: string;
  readonly kind: 'missing' | 'stale' | 'extra';
  readonly diff: string;
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}

/** Compares the outputs with the files on disk under the owned folders. */
export async function findDrift(root: string, files: readonly OutputFile[], ownedDirs: readonly string[]): Promise<Drift[]> {
  const drift: Drift[] = [];
  const expected = new Set(files.map((file) => file.path));
  for (const file of files) {
    const current = await readFile(join(root, file.path), 'utf8').catch(() => undefined);
    if (current === undefined) drift.push({ path: file.path, kind: 'missing', diff: '' });
    else if (current !== file.content) drift.push({ path: file.path, kind: 'stale', diff: lineDiff(current, file.content) });
  }
  for (const dir of ownedDirs) {
    for (const path of await listFiles(root, dir)) {
      const normalised = relative('.', path).split('\\').join('/');
      if (!expected.has(normalised)) drift.push({ path: normalised, kind: 'extra', diff: '' });
    }
  }
  return drift.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Writes every output, then removes files the pipeline no longer produces. Each file is
 * written beside its target and renamed over it, so a reader never sees half a file.
 */
export async function writeOutputs(root: string, files: readonly OutputFile[], drift: readonly Drift[]): Promise<void> {
  const changed = new Set(drift.filter((item) => item.kind !== 'extra').map((item) => item.path));
  const temporary = `.tmp-${process.pid}`;
  const pending = files.filter((file) => changed.has(file.path));
  try {
    for (const file of pending) {
      const target = join(root, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}${temporary}`, file.content);
    }
    for (const file of pending) await rename(join(root, `${file.path}${temporary}`), join(root, file.path));
  } catch (error) {
    await Promise.all(pending.map((file) => rm(join(root, `${file.path}${temporary}`), { force: true })));
    throw error;
  }
  for (const item of drift) if (item.kind === 'extra') await rm(join(root, item.path), { force: true });
}

/** A compact unified diff of the changed region, enough to see what moved. */
export function lineDiff(before: string, after: string, context = 3, maxLines = 40): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const lines = [`@@ -${from + 1} +${from + 1} @@`];
  for (let i = from; i < start; i++) lines.push(`  ${a[i] ?? ''}`);
  for (let i = start; i <= endA; i++) lines.push(`- ${a[i] ?? ''}`);
  for (let i = start; i <= endB; i++) lines.push(`+ ${b[i] ?? ''}`);
  for (let i = endA + 1; i <= Math.min(a.length - 1, endA + context); i++) lines.push(`  ${a[i] ?? ''}`);
  return lines.length > maxLines ? [...lines.slice(0, maxLines), `  … ${lines.length - maxLines} more lines`].join('\n') : lines.join('\n');
}
