import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../../tools/derive/build-schemas.js';
import { buildTypes } from '../../../tools/derive/build-types.js';
import { readSpecModel } from '../../../tools/spec/spec-model.js';
import { at, prop, realSpec } from './spec-edits.js';

// The markers the versioning policy names: `deprecated: true` on a property flows into the
// published schemas and becomes `@deprecated` in the generated types; `x-woes-deprecated` on a
// message marks the whole event in the catalog.
describe('deprecation markers', () => {
  const spec = realSpec();
  prop(spec, 'Conversation', 'preview').deprecated = true;
  at(spec, 'components.messages.issueLinked')['x-woes-deprecated'] = true;
  const { model } = readSpecModel(spec);

  it('a deprecated property is @deprecated in the generated types', async () => {
    const { content } = await buildTypes(model);
    expect(content).toMatch(/\* @deprecated\n\s*\* The first 200 characters[^\n]*\n\s*\*\/\n\s*preview: string \| null;/);
    const { content: untouched } = await buildTypes(readSpecModel(realSpec()).model);
    expect(untouched).not.toContain('@deprecated');
  });

  it('a deprecated property keeps `deprecated: true` in the published schemas', () => {
    const built = JSON.stringify(buildSchemas(model));
    expect(built).toMatch(/"preview":\{[^}]*"deprecated":true/);
  });

  it('a deprecated event is marked in the contract the catalog is built from', () => {
    expect(model.events.find((event) => event.type === 'issue.linked')?.deprecated).toBe(true);
    expect(model.events.filter((event) => event.deprecated)).toHaveLength(1);
  });
});
