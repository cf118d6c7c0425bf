import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintWithParser } from '../../../tools/spec/lint-with-parser.js';

describe('asyncapi.yaml under @asyncapi/parser', () => {
  it('has no errors and no warnings', async () => {
    expect(await lintWithParser(readFileSync('asyncapi.yaml', 'utf8'), 'asyncapi.yaml')).toEqual([]);
  });

  it('reports a real error with its line when the document is invalid', async () => {
    const broken = readFileSync('asyncapi.yaml', 'utf8').replace('    action: send\n', '    action: transmit\n');
    const problems = await lintWithParser(broken, 'asyncapi.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ code: expect.stringMatching(/^asyncapi\//), line: expect.any(Number) });
  });
});
