/**
 * Broken specs, as data: each case edits the real asyncapi.yaml as text and names the problem
 * code `generate` must report and the line it must point at.
 */
export interface BrokenSpecCase {
  readonly name: string;
  /** Replaces the first occurrence of `find` with `replace`. */
  readonly find: string;
  readonly replace: string;
  /** Matches the reported problem code. */
  readonly code: RegExp;
  /** A fragment of the JSON path the problem must name. */
  readonly path: string;
}

export const BROKEN_SPEC_CASES: readonly BrokenSpecCase[] = [
  { name: 'YAML syntax error', find: '  title: Woes webhooks\n', replace: '  title: [Woes webhooks\n', code: /^yaml_syntax$/, path: '$' },
  { name: 'invalid AsyncAPI (unknown operation action)', find: '    action: send\n', replace: '    action: transmit\n', code: /^asyncapi\//, path: '$.operations.sendConversationCreated' },
  { name: 'example that does not match its payload', find: '              status: open\n', replace: '              status: 42\n', code: /^woes-example-valid$/, path: '$.components.messages.conversationCreated.examples[0].payload.data.status' },
  { name: 'message without an example', find: '      examples:\n        - name: from-dashboard\n', replace: '      x-examples:\n        - name: from-dashboard\n', code: /^woes-message-example$/, path: '$.components.messages.webhookTest' },
  { name: 'dangling $ref', find: "        $ref: '#/components/schemas/ConversationCreatedEvent'", replace: "        $ref: '#/components/schemas/ConversationCreatedEvnt'", code: /ref/, path: '$.components.messages.conversationCreated.payload' },
];
