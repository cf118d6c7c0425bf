import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The pages people copy their CI job from. A run without --inspect passes a receiver that runs a
// duplicate twice or lets a stale update win, so every example says which it means.
const PAGES = ['README.md', 'package/README.md', 'docs/webhooks/testing.mdx', 'examples/README.md'];

/** Each fenced code block of a Markdown page that runs `woes-webhooks test-receiver`. */
function suiteRuns(text: string): string[] {
  return [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '').filter((block) => /woes-webhooks test-receiver/.test(block));
}

describe('every CI example of the suite checks side effects, or says it does not', () => {
  it.each(PAGES)('%s', (page) => {
    const runs = suiteRuns(readFileSync(page, 'utf8'));
    expect(runs.length).toBeGreaterThan(0);
    for (const block of runs) expect(block).toMatch(/--inspect\s+\S+|--no-inspect/);
    // And none puts the secret on the command line, where ps shows it.
    for (const block of runs) expect(block).not.toMatch(/--secret\s+whsec_/);
  });
});
