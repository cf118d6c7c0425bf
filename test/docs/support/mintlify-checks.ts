import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getBrokenInternalLinks } from '@mintlify/link-rot';
import { prebuild } from '@mintlify/prebuild';

/**
 * `prebuild(docs, { strict: true })`, the check `mint validate` runs: MDX that does not
 * compile, navigation entries without a file. It writes its output into the working
 * directory, so it runs from a temporary one.
 */
export async function prebuildStrict(docsDir: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'woes-mint-prebuild-'));
  const previous = process.cwd();
  const absolute = resolve(docsDir);
  process.chdir(work);
  try {
    await prebuild(absolute, { strict: true });
  } finally {
    process.chdir(previous);
    await rm(work, { recursive: true, force: true });
  }
}

/** Mintlify's own link checker: internal links to missing pages, and anchors that no heading or field makes. */
export async function brokenLinks(docsDir: string): Promise<string[]> {
  const broken = await getBrokenInternalLinks(resolve(docsDir), { checkAnchors: true });
  return broken.map((link) => `${link.filename}: ${link.originalPath}`).sort();
}
