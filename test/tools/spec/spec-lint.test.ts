import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { lintWithParser } from '../../../tools/spec/lint-with-parser.js';
import { lintOncePerText } from '../../support/shared-parser-verdicts.js';

const spec = readFileSync('asyncapi.yaml', 'utf8');
// Invalid for both structure rules: an unknown operation action and an unknown root property
// (the resolved document's), and a $ref where AsyncAPI allows none (the unresolved one's).
const broken = spec
  .replace('    action: send\n', '    action: transmit\n')
  .replace('asyncapi: 3.0.0\n', 'asyncapi: 3.0.0\nextra: 1\nx-contact:\n  name: Woes\n')
  .replace('\n  contact:\n', "\n  contact:\n    $ref: '#/x-contact'\n  x-contact:\n");

describe('asyncapi.yaml under @asyncapi/parser', () => {
  // Two tests read the verdict on the broken document; the parser (a second of CPU) runs once.
  const lintBroken = () => lintOncePerText(broken, 'asyncapi.yaml', new AbortController().signal);

  it('has no errors and no warnings', async () => {
    expect(await lintWithParser(spec, 'asyncapi.yaml')).toEqual([]);
  });

  it('reports a real error with its line when the document is invalid', async () => {
    const problems = await lintBroken();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ code: expect.stringMatching(/^asyncapi\//), line: expect.any(Number) });
  });

  it('reports an invalid document word for word as the parser does with its own ruleset', async () => {
    const ours = await lintBroken();
    const { diagnostics } = await new Parser().parse(broken, { source: 'asyncapi.yaml' });
    const errorsAndWarnings = diagnostics.filter((diagnostic) => diagnostic.severity <= 1);
    expect(ours.map(({ code, message, path, line }) => ({ code, message, path, line }))).toEqual(
      errorsAndWarnings.map((diagnostic) => ({
        code: `asyncapi/${String(diagnostic.code)}`,
        message: diagnostic.message,
        path: diagnostic.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        line: diagnostic.range.start.line + 1,
      })),
    );
    expect(new Set(ours.map(({ code }) => code))).toEqual(new Set(['asyncapi/asyncapi-document-resolved', 'asyncapi/asyncapi-document-unresolved']));
  });
});
