import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
/** A file to write, with its path in the site. */
export interface SiteWrite {
  readonly path: string;
  readonly content: string;
}

/**
 * Writes a publish into the site: every file first into a staging folder inside the site (the
 * same file system, so each move is a rename), then each renamed over its target, then the
 * removals, and the folders they leave empty under `roots`. Nothing in the site changes until
 * every file is staged: a disk that fills up while staging leaves the site as it was.
 */
export async function writePublish(site: string, writes: readonly SiteWrite[], removals: readonly string[], roots: readonly string[]): Promise<void> {
  const staging = join(site, `.woes-webhooks-publish-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging);
    for (const [index, file] of writes.entries()) await writeFile(join(staging, String(index)), file.content);
    for (const [index, file] of writes.entries()) {
      await mkdir(dirname(join(site, file.path)), { recursive: true });
      await rename(join(staging, String(index)), join(site, file.path));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const path of removals) await rm(join(site, path), { force: true });
  // The folders a removal emptied (webhooks/events/ when every event is gone), up to the roots.
  const folders = new Set(removals.map((path) => dirname(path)));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let dir = folder; !roots.includes(dir) && dir !== '.'; dir = dirname(dir)) {
      const entries = await readdir(join(site, dir)).catch(() => undefined);
      if (!entries || entries.length > 0) break;
      await rmdir(join(site, dir));
    }
  }
}
