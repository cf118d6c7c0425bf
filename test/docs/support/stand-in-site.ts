import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { IconLibrary } from '../../../templates/mintlify-webhooks/lib/icons.js';
import { renderSectionFor } from '../../../tools/publish-docs/section-source.js';

/** The stand-in for docs.woes.dev: tabs, groups, redirects, its own pages and openapi.json, Font Awesome icons. */
export const STAND_IN_SITE = 'test/docs/fixtures/docs-woes-dev';

const scratch: string[] = [];

/** A fresh copy of the stand-in site in a temporary folder. */
export async function copySite(from = STAND_IN_SITE): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'woes-stand-in-site-'));
  scratch.push(dir);
  await cp(from, dir, { recursive: true });
  return dir;
}

/** The section rendered for a library and written to a folder, as the template's -o would hold it. */
export async function renderedSection(library: IconLibrary, spec = 'asyncapi.yaml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'woes-section-'));
  scratch.push(dir);
  const { files } = await renderSectionFor(spec, library);
  for (const file of files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  return dir;
}

export async function removeScratch(): Promise<void> {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

/** Every file of a folder with the digest of its bytes, by path: two equal snapshots are two byte-identical trees. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await listFiles(dir)).sort();
  const entries = await Promise.all(
    files.map(
      async (file) =>
        [
          relative(dir, file).split('\\').join('/'),
          createHash('sha256')
            .update(await readFile(file))
            .digest('hex'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}
