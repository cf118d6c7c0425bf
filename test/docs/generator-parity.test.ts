import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_ROOTS } from '../../templates/mintlify-webhooks/lib/manifest.js';

// The docs team's path: `asyncapi generate fromTemplate asyncapi.yaml ./templates/mintlify-webhooks`,
// the official CLI running the template through @asyncapi/generator, not `npm run generate`,
// which calls the template's renderSection directly. Either writes the whole webhooks section:
// pages, changelog, schemas, the OpenAPI and AsyncAPI documents, the manifest. Both must write the same bytes, or the
// committed pages would depend on who rendered them. @asyncapi/cli brings about 440 MB and
// declares Node >= 24 (it runs on 20), so it is pinned apart from the devDependencies, in
// tools/asyncapi-cli, and installed with `npm ci --prefix tools/asyncapi-cli` (.ci/run does); ASYNCAPI_CLI may name
// another binary. Offline: `--registry-url=` skips the CLI's registry reachability check (a local
// template needs no registry), and analytics are off through a config file of the test's own.
const OFFICIAL_CLI = process.env.ASYNCAPI_CLI ?? 'tools/asyncapi-cli/node_modules/.bin/asyncapi';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('the template under the official CLI (asyncapi generate fromTemplate)', () => {
  let scratch: string | undefined;
  let cliOut = '';
  let cliWritten: string[] = [];

  // About 20 s on a quiet machine (the CLI's start, the parser, the changelog's diffs of every
  // release); several times that while the rest of the suite runs beside it.
  beforeAll(() => {
    if (!existsSync('dist/tools/spec/spec-model.js')) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this suite.');
    if (!existsSync(OFFICIAL_CLI))
      throw new Error(`The official AsyncAPI CLI is not installed at ${OFFICIAL_CLI}: run \`npm ci --prefix tools/asyncapi-cli\`.`);
    scratch = mkdtempSync(join(tmpdir(), 'woes-asyncapi-cli-'));
    const metrics = join(scratch, '.asyncapi-analytics');
    writeFileSync(metrics, JSON.stringify({ analyticsEnabled: 'false', infoMessageShown: 'true', userID: 'woes-webhooks-test' }));
    const out = join(scratch, 'site');
    const result = spawnSync(
      OFFICIAL_CLI,
      ['generate', 'fromTemplate', 'asyncapi.yaml', './templates/mintlify-webhooks', '-o', out, '--force-write', '--registry-url='],
      { encoding: 'utf8', env: { ...process.env, ASYNCAPI_METRICS_CONFIG_PATH: metrics, CI: 'true', SUPPRESS_NO_CONFIG_WARNING: '1' }, timeout: 230_000 },
    );
    if (result.status !== 0) throw new Error(`asyncapi generate fromTemplate exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
    cliWritten = listFiles(out).map((file) => relative(out, file).split('\\').join('/'));
    cliOut = out;
  }, 240_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('writes the whole section npm run generate writes, and nothing else', () => {
    // The section is what docs/ holds under its roots; docs.json (the preview site) and
    // snippets/ (hand-written code the guides include) are not part of it.
    const section = SECTION_ROOTS.flatMap((root) => listFiles(join('docs', root))).map((file) => relative('docs', file).split('\\').join('/'));
    expect([...cliWritten].sort()).toEqual(section.sort());
    for (const file of ['webhooks/testing.mdx', 'webhooks/changelog.mdx', 'webhooks/limits.mdx', 'webhooks/openapi.json', 'webhooks/asyncapi.yaml'])
      expect(cliWritten, file).toContain(file);
    expect(cliWritten.filter((file) => file.startsWith('schemas/webhooks/events/'))).toHaveLength(readdirSync('schemas/events').length);
    expect(cliWritten).not.toContain('docs.json');
  });

  it('lists every file it writes in the manifest, with its digest', () => {
    const manifest = JSON.parse(readFileSync(join(cliOut, 'webhooks/section.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).sort()).toEqual(cliWritten.filter((file) => file !== 'webhooks/section.json').sort());
    for (const [file, sha] of Object.entries(manifest.files))
      expect(sha, file).toBe(
        `sha256:${createHash('sha256')
          .update(readFileSync(join(cliOut, file)))
          .digest('hex')}`,
      );
  });

  it('writes them byte for byte as committed in docs/', () => {
    for (const file of cliWritten) expect(readFileSync(join(cliOut, file), 'utf8'), file).toBe(readFileSync(join('docs', file), 'utf8'));
  });
});
