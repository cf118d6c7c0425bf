import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { VERIFICATION_ERROR_CODES } from '../../src/runtime/signing/errors.js';

// The signing page's table is hand-written prose; the codes are the library's. This keeps
// them together without a browser (the rendered-pages suite checks the page as shown).
const SECTION = '## When verification fails';

function tableCodes(mdx: string): string[] {
  const start = mdx.indexOf(SECTION);
  if (start < 0) throw new Error(`docs/webhooks/signing.mdx has no "${SECTION}" section`);
  const rows = mdx
    .slice(start)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((match) => match[1] ?? ''));
}

describe('the signing page error table', () => {
  it('reads the codes of a table (the check can fail)', () => {
    expect(tableCodes(`${SECTION}\n\n| Code | Cause |\n| --- | --- |\n| \`a_code\`, \`b_code\` | x \`not_a_code\` |\n`)).toEqual(['a_code', 'b_code']);
  });

  it('has a row for every code WebhookVerificationError can carry, and no other', async () => {
    const codes = tableCodes(await readFile('docs/webhooks/signing.mdx', 'utf8'));
    expect([...codes].sort()).toEqual([...VERIFICATION_ERROR_CODES].sort());
  });
});
