import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '@mintlify/mdx/server';
import { stringify } from 'yaml';
import { CHANGELOG_PAGE, changelogEmitter, MDX_BANNER } from '../../../tools/derive/changelog/changelog-emitter.js';
import { readSpecModel } from '../../../tools/spec/spec-model.js';
import type { LoadedSpec } from '../../../tools/spec/load-spec.js';
import { at, prop, realSpec, type Spec } from './spec-edits.js';

/** The real contract, numbered as a test case needs it whatever version it is at now. */
const specAt = (version: string): Spec => {
  const spec = realSpec();
  at(spec, 'info').version = version;
  return spec;
};

const asLoaded = (file: string, raw: Spec): LoadedSpec => ({ file, text: '', raw, locate: () => undefined, parserProblems: Promise.resolve([]) });

/** Runs the emitter on a folder holding asyncapi.yaml and the given releases. */
async function changelogFor(releases: readonly Spec[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'woes-changelog-'));
  mkdirSync(join(root, 'releases'));
  for (const release of releases) writeFileSync(join(root, 'releases', `${String(at(release, 'info').version)}.yaml`), stringify(release));
  const spec = asLoaded(join(root, 'asyncapi.yaml'), realSpec());
  const files = await changelogEmitter.emit({ model: readSpecModel(spec.raw).model, spec });
  expect(files.map((file) => file.path)).toEqual([CHANGELOG_PAGE]);
  return files[0]?.content ?? '';
}

function releasesOneToTwo(): Spec[] {
  const first = specAt('1.0.0');
  first['x-woes-regions'] = { allowed: [{ name: 'us' }] };
  const minor = specAt('1.1.0');
  (at(minor, 'components.schemas.Channel').enum as string[]).push('sms');
  at(minor, 'x-woes-retries').attemptTimeoutSeconds = 30;
  // Braces in a change's detail must not reach MDX as an expression.
  minor['x-woes-regions'] = { allowed: [{ name: 'eu' }] };
  const major = structuredClone(minor);
  at(major, 'info').version = '2.0.0';
  delete at(major, 'components.schemas.Conversation.properties').preview;
  prop(major, 'EventEnvelope', 'apiVersion').const = 'v2';
  return [major, first, minor];
}

// Three cases read the page the same three releases produce; it is made once for them (a run
// writes and parses three copies of the contract). 'is deterministic' makes its own two.
let oneToTwo: Promise<string> | undefined;
const pageOneToTwo = (): Promise<string> => (oneToTwo ??= changelogFor(releasesOneToTwo()));

describe('the changelog page', () => {
  it('is a Mintlify page with frontmatter and the generated-file banner', async () => {
    const page = await changelogFor([specAt('1.0.0')]);
    expect(page).toMatch(/^---\ntitle: "Webhooks changelog"\nsidebarTitle: "Changelog"\ndescription: ".+"\n---\n\n/);
    expect(page).toContain(`\n${MDX_BANNER}\n`);
    expect(page).toMatch(/## 1\.0\.0\n\nFirst release: \d+ event types, payload version `v1`\./);
  });

  it('lists every release newest first, each change under its class', async () => {
    const page = await pageOneToTwo();
    const headings = [...page.matchAll(/^##+ .+$/gm)].map((match) => match[0]);
    expect(headings).toEqual(['## 2.0.0', '### Breaking changes', '## 1.1.0', '### Delivery policy', '### Added and changed', '## 1.0.0']);
    expect(page).toMatch(/- `payload data.preview`: property "preview" removed \(\d+ events\)\. .* `property-removed`/);
    expect(page).toMatch(/- `payload apiVersion`: const "v1" → "v2" \(\d+ events\)\./);
    expect(page).toMatch(/- \[Retries\]\(\/webhooks\/retries\): attempt timeout: 15 seconds → 30 seconds\. .* `retry-policy-changed`/);
    expect(page).toMatch(/- `payload data.channel`: enum value "sms" added \(\d+ events\)\. .* `open-enum-value-added`/);
  });

  it.each([
    { edits: 1, counted: '1 change to descriptions and examples:' },
    { edits: 2, counted: '2 changes to descriptions and examples:' },
  ])('counts $edits wording change(s) in words a reader expects', async ({ edits, counted }) => {
    const patch = specAt('1.0.1');
    const descriptions = ['x-woes-retries', 'x-woes-ordering'].slice(0, edits);
    for (const block of descriptions) at(patch, block).description = `${String(at(patch, block).description)} Reworded.`;
    const page = await changelogFor([specAt('1.0.0'), patch]);
    expect(page).toContain(`## 1.0.1\n\n### Documentation\n\n- ${counted}`);
  });

  it('leaves how versions reach an endpoint to the versioning guide, with no maintainer words', async () => {
    const page = await pageOneToTwo();
    expect(page).toContain('](/webhooks/versioning)');
    expect(page).not.toMatch(/info\.version|woes-webhooks diff|releases\/|x-woes-/);
  });

  it('compiles as MDX, braces in details included', async () => {
    const page = await pageOneToTwo();
    expect(page).toContain('regions: allowed: [\\{"name":"us"\\}]');
    const result = await serialize({ source: page, parseFrontmatter: true });
    expect('error' in result ? String(result.error) : '').toBe('');
    expect('frontmatter' in result ? result.frontmatter : undefined).toMatchObject({ title: 'Webhooks changelog' });
  });

  it('is deterministic', async () => {
    expect(await changelogFor(releasesOneToTwo())).toBe(await changelogFor(releasesOneToTwo()));
  });

  it('refuses a release whose file name is not its version', async () => {
    const misnamed = specAt('1.0.0');
    const root = mkdtempSync(join(tmpdir(), 'woes-changelog-'));
    mkdirSync(join(root, 'releases'));
    writeFileSync(join(root, 'releases', '9.9.9.yaml'), stringify(misnamed));
    const spec = asLoaded(join(root, 'asyncapi.yaml'), realSpec());
    await expect(changelogEmitter.emit({ model: readSpecModel(spec.raw).model, spec })).rejects.toMatchObject({
      file: 'releases/9.9.9.yaml',
      problems: [
        expect.objectContaining({
          code: 'release_misnamed',
          message: 'releases/9.9.9.yaml holds info.version 1.0.0',
          fix: 'Name a release after its version: releases/1.0.0.yaml.',
        }),
      ],
    });
  });

  it('the committed page is what the committed releases produce', async () => {
    const spec = asLoaded(join(process.cwd(), 'asyncapi.yaml'), realSpec());
    const [file] = await changelogEmitter.emit({ model: readSpecModel(spec.raw).model, spec });
    expect(readFileSync(CHANGELOG_PAGE, 'utf8')).toBe(file?.content);
  });
});
