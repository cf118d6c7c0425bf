import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The docs team's path: `asyncapi generate fromTemplate asyncapi.yaml ./templates/mintlify-webhooks`,
// the official CLI running the template through @asyncapi/generator, not `npm run generate`,
// which calls the template's renderSite directly. Both must write the same bytes, or the
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
      { encoding: 'utf8', env: { ...process.env, ASYNCAPI_METRICS_CONFIG_PATH: metrics, CI: 'true', SUPPRESS_NO_CONFIG_WARNING: '1' }, timeout: 110_000 },
    );
    if (result.status !== 0) throw new Error(`asyncapi generate fromTemplate exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
    cliWritten = listFiles(out).map((file) => relative(out, file).split('\\').join('/'));
    cliOut = out;
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('writes every page npm run generate writes for it', () => {
    expect(cliWritten).toContain('docs.json');
    // The OpenAPI export is a schema artifact of the pipeline (tools/derive/build-openapi.ts), not a page.
    expect(cliWritten).not.toContain('openapi.json');
    expect(cliWritten).toContain('webhooks/catalog.mdx');
    const eventPages = readdirSync('docs/webhooks/events').map((file) => `webhooks/events/${file}`);
    expect(cliWritten.filter((file) => file.startsWith('webhooks/events/')).sort()).toEqual(eventPages.sort());
  });

  it('writes them byte for byte as committed in docs/', () => {
    for (const file of cliWritten) expect(readFileSync(join(cliOut, file), 'utf8'), file).toBe(readFileSync(join('docs', file), 'utf8'));
  });
});
