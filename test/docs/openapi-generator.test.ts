import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from './support/docs-site.js';

// An OpenAPI-driven code generator, run on the export: openapi-typescript (the OpenAPI 3.1
// generator most TypeScript clients are built with) writes the types, and the TypeScript
// compiler judges payloads against them. A value the contract promises (an open-enum value
// added later, an event type added later) must compile; one it rules out must not.
const scratch = mkdtempSync(join(tmpdir(), 'woes-openapi-ts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let generated = '';
beforeAll(async () => {
  generated = astToString(await openapiTS(JSON.parse(readFileSync(join(DOCS_DIR, 'webhooks', 'openapi.json'), 'utf8')) as Parameters<typeof openapiTS>[0]));
  writeFileSync(join(scratch, 'woes.ts'), generated);
}, 60_000);

/** The compiler's errors for `code` checked against the generated types. */
function compileErrors(name: string, code: string): string[] {
  const file = join(scratch, `${name}.ts`);
  writeFileSync(file, `import type { components } from './woes.js';\ntype S = components['schemas'];\n${code}\n`);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('openapi-typescript on docs/webhooks/openapi.json', () => {
  it('types an open enum as its known values or any string', () => {
    expect(
      compileErrors(
        'open-enums',
        [
          "const channel: S['Channel'] = 'sms';",
          "const status: S['ConversationStatus'] = 'pending_review';",
          "const waiting: S['WaitingOn'] = null;",
          "const kind: S['ResourceRef']['object'] = 'call_recording';",
          "const known: S['Channel'] = 'live-chat';",
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('keeps a closed enum closed (the check can fail)', () => {
    expect(compileErrors('closed-enum', "const role: S['Message']['role'] = 'system';").join('\n')).toMatch(/not assignable/);
  });

  it('types changes.previous per event, with the field types of data', () => {
    expect(
      compileErrors(
        'previous',
        [
          "declare const changes: S['ConversationUpdatedChanges'];",
          "const status: S['ConversationStatus'] | undefined = changes.previous.status;",
          'const tags: string[] | undefined = changes.previous.tags;',
          "declare const issue: S['IssueUpdatedChanges'];",
          'const ids: string[] | undefined = issue.previous.conversationIds;',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      compileErrors('previous-wrong', "declare const changes: S['ConversationUpdatedChanges'];\nconst n: number | undefined = changes.previous.subject;").join(
        '\n',
      ),
    ).toMatch(/not assignable/);
  });

  it('makes the event unions: WebhookEvent narrows on type, ReceivedEvent also takes a later type', () => {
    expect(
      compileErrors(
        'unions',
        [
          "declare const event: S['WebhookEvent'];",
          "if (event.type === 'conversation.resolved') { const seconds: number = event.resolution.resolutionSeconds; }",
          "const later: S['ReceivedEvent'] = { ...({} as S['EventEnvelope']), type: 'webhook.ping' };",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(compileErrors('union-wrong', "const later: S['WebhookEvent']['type'] = 'webhook.ping';").join('\n')).toMatch(/not assignable/);
  });
});
