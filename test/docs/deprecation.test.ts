import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../tools/derive/derive.js';
import { docsEmitter } from '../../tools/derive/docs/docs-emitter.js';
import type { OutputFile } from '../../tools/derive/output.js';

// A copy of the spec with one property and one event marked deprecated, the way the
// versioning policy says (x-woes-versioning.markers), rendered by the real pipeline.
const MARKS = [
  { path: ['components', 'schemas', 'Conversation', 'properties', 'subject', 'deprecated'], value: true },
  { path: ['components', 'messages', 'issueLinked', 'x-woes-deprecated'], value: true },
];

let dir: string;
let files: readonly OutputFile[] = [];
const page = (path: string): string => files.find((file) => file.path === path)?.content ?? `(no ${path})`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'woes-docs-deprecated-'));
  const document = parseDocument(await readFile('asyncapi.yaml', 'utf8'));
  for (const mark of MARKS) {
    expect(document.hasIn(mark.path.slice(0, -2)), mark.path.join('.')).toBe(true);
    document.setIn(mark.path, mark.value);
  }
  await writeFile(join(dir, 'asyncapi.yaml'), document.toString());
  const result = await derive(join(dir, 'asyncapi.yaml'), [docsEmitter]);
  if (!result.ok) throw new Error(`the marked spec does not derive:\n${result.problems.map((problem) => problem.message).join('\n')}`);
  files = result.files;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('deprecation on the generated pages', () => {
  it('marks a deprecated property on every event page that carries it, and nothing else', () => {
    const created = page('docs/webhooks/events/conversation-created.mdx');
    expect(created).toMatch(/<ResponseField name="subject" type="[^"]*"(?: required)? deprecated>\n\s*\*\*Deprecated\.\*\*/);
    expect(created.match(/ deprecated>/g)).toHaveLength(1);
  });

  it('puts a deprecation warning and tag on a deprecated event, and labels it in the catalog', () => {
    const linked = page('docs/webhooks/events/issue-linked.mdx');
    expect(linked).toContain('tag: "Deprecated"');
    expect(linked).toMatch(/<Warning>\n\s*\*\*Deprecated\.\*\*/);
    expect(page('docs/webhooks/catalog.mdx')).toContain('[`issue.linked`](/webhooks/events/issue-linked) (deprecated)');
    expect(page('docs/webhooks/events/issue-created.mdx')).not.toContain('Deprecated');
  });

  it('marks the deprecated event in the OpenAPI document', () => {
    const openapi = JSON.parse(page('docs/webhooks/openapi.json')) as { webhooks: Record<string, { post: { deprecated?: boolean } }> };
    expect(openapi.webhooks['issue.linked']?.post.deprecated).toBe(true);
    expect(openapi.webhooks['issue.created']?.post.deprecated).toBeUndefined();
  });
});
