import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { derive } from '../../../tools/derive/derive.js';
import { at, realSpec, type Edit } from './spec-edits.js';

/** Runs the generate pipeline (in memory) on an edited copy of the spec and returns its problems. */
async function problemsAfter(edit: Edit): Promise<string[]> {
  const spec = realSpec();
  edit(spec);
  const file = join(mkdtempSync(join(tmpdir(), 'woes-versioning-')), 'asyncapi.yaml');
  writeFileSync(file, stringify(spec));
  const result = await derive(file);
  return result.ok ? [] : result.problems.map((problem) => `${problem.code}: ${problem.message}`);
}

// The gate reads its policy from x-woes-versioning, so generate refuses a spec without a usable one.
describe('the x-woes-versioning block', () => {
  it('is required', async () => {
    expect(await problemsAfter((spec) => void delete spec['x-woes-versioning'])).toEqual(['woes-delivery-blocks: the x-woes-versioning block is missing']);
  });

  it('names a known bump for every class', async () => {
    const problems = await problemsAfter((spec) => void (at(spec, 'x-woes-versioning.bumps').breaking = 'huge'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^woes-delivery-blocks: delivery block must be equal to one of the allowed values/);
  });
});
