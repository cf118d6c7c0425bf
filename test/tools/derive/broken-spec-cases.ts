/**
 * Broken specs, as data: each case edits the real asyncapi.yaml as text and names the problem
 * code `generate` must report and the line it must point at.
 */
export interface BrokenSpecCase {
  readonly name: string;
  /** Replaces the first occurrence of `find` with `replace`. */
  readonly find: string;
  readonly replace: string;
  /** Further edits, each applied like `find` and `replace`. */
  readonly also?: readonly (readonly [find: string, replace: string])[];
  /** Matches the reported problem code. */
  readonly code: RegExp;
  /** A fragment of the JSON path the problem must name. */
  readonly path: string;
  /**
   * Refused by the loader before the AsyncAPI parser or any resolver sees the document: a
   * contract edited in a pull request is untrusted input. `diff` must refuse it the same way.
   */
  readonly hostile?: true;
  /** A fragment of the message, where the path (`$`) names nothing. */
  readonly says?: string;
}

/** The real spec's text with a case's edits. */
export function applyCase(text: string, { find, replace, also = [] }: Pick<BrokenSpecCase, 'find' | 'replace' | 'also'>): string {
  // A function as replacement: `$'` and `$&` in a case's text are text, not replacement patterns.
  return also.reduce(
    (edited, [from, to]) => edited.replace(from, () => to),
    text.replace(find, () => replace),
  );
}

// A chain of 2,000 references, each to the next: the cycle check used to take 78 s on it.
const CHAIN = Array.from({ length: 2000 }, (_, index) => `    Chain${index}:\n      $ref: '#/components/schemas/Chain${index + 1}'\n`).join('');

// Nine levels of nine aliases each: 9^9 copies of "lol" once expanded.
const LAUGHS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
  .map((name, level, names) => `  ${name}: &${name} [${Array.from({ length: 9 }, () => (level === 0 ? 'lol' : `*${names[level - 1] ?? ''}`)).join(', ')}]\n`)
  .join('');

export const BROKEN_SPEC_CASES: readonly BrokenSpecCase[] = [
  { name: 'YAML syntax error', find: '  title: Woes webhooks\n', replace: '  title: [Woes webhooks\n', code: /^yaml_syntax$/, path: '$' },
  {
    name: 'invalid AsyncAPI (unknown operation action)',
    find: '    action: send\n',
    replace: '    action: transmit\n',
    code: /^asyncapi\//,
    path: '$.operations.sendConversationCreated',
  },
  {
    name: 'example that does not match its payload',
    find: '              status: open\n',
    replace: '              status: 42\n',
    code: /^woes-example-valid$/,
    path: '$.components.messages.conversationCreated.examples[0].payload.data.status',
  },
  {
    name: 'message without an example',
    find: '      examples:\n        - name: from-dashboard\n',
    replace: '      x-examples:\n        - name: from-dashboard\n',
    code: /^woes-message-example$/,
    path: '$.components.messages.webhookTest',
  },
  {
    name: 'dangling $ref',
    find: "        $ref: '#/components/schemas/ConversationCreatedEvent'",
    replace: "        $ref: '#/components/schemas/ConversationCreatedEvnt'",
    code: /ref/,
    path: '$.components.messages.conversationCreated.payload',
  },
  {
    name: 'a keyword the receiver validators do not generate',
    find: "          maximum: 1\n          description: The turn's confidence, from 0 to 1.\n",
    replace: "          maximum: 1\n          multipleOf: 0.01\n          description: The turn's confidence, from 0 to 1.\n",
    code: /^receiver_validator_unsupported$/,
    path: '$.components.schemas.Confidence',
  },
  {
    // Each key of a block names a constant of generated/catalog.ts.
    name: 'a delivery block key that would become code',
    find: 'x-woes-retries:\n',
    replace: "x-woes-retries:\n  'x = 1; globalThis.PWNED = 1; export const y': 1\n",
    code: /^woes-delivery-blocks$/,
    path: '$.x-woes-retries["x = 1; globalThis.PWNED = 1; export const y"]',
  },
  {
    name: '$ref cycle',
    hostile: true,
    find: '  schemas:\n',
    replace: "  schemas:\n    CycleA:\n      $ref: '#/components/schemas/CycleB'\n    CycleB:\n      $ref: '#/components/schemas/CycleA'\n",
    code: /^ref_cycle$/,
    path: '$.components.schemas.CycleA.$ref',
  },
  {
    name: 'remote $ref',
    hostile: true,
    find: "        $ref: '#/components/schemas/ConversationCreatedEvent'",
    replace: "        $ref: 'http://127.0.0.1:9/schemas/conversation.yaml'",
    code: /^non_local_ref$/,
    path: '$.components.messages.conversationCreated.payload.$ref',
  },
  {
    name: 'relative $ref outside the repository',
    hostile: true,
    find: "            data: { $ref: '#/components/schemas/Conversation' }",
    replace: "            data: { $ref: '../../../../etc/passwd' }",
    code: /^non_local_ref$/,
    path: '.properties.data.$ref',
  },
  {
    name: 'billion-laughs YAML',
    hostile: true,
    find: 'x-woes-limits:\n',
    replace: `x-laughs:\n${LAUGHS}x-woes-limits:\n`,
    code: /^yaml_alias_bomb$/,
    path: '$',
    says: ' alias',
  },
  {
    name: '$ref chain of 2,000 references',
    hostile: true,
    find: '  schemas:\n',
    replace: `  schemas:\n${CHAIN}    Chain2000:\n      type: string\n`,
    code: /^ref_chain_too_long$/,
    path: '$.components.schemas.Chain0.$ref',
  },
  {
    // 10,000 levels ran the YAML parser out of stack (a RangeError with its stack trace).
    name: 'flow sequence nested 10,000 deep',
    hostile: true,
    find: 'x-woes-limits:\n',
    replace: `x-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nx-woes-limits:\n`,
    code: /^yaml_too_deep$/,
    path: '$',
    says: 'nests more than 64',
  },
  {
    name: 'block mapping nested 70 deep',
    hostile: true,
    find: 'x-woes-limits:\n',
    replace: `x-deep:\n${Array.from({ length: 70 }, (_, level) => `${' '.repeat(level + 1)}k${level}:\n`).join('')}${' '.repeat(71)}v: 1\nx-woes-limits:\n`,
    code: /^yaml_too_deep$/,
    path: '$.x-deep.k0.k1',
  },
  {
    // It would ship in the receiver validators, and the example check alone would run for minutes.
    name: 'pattern that backtracks exponentially, and an example it takes minutes on',
    find: '          maxLength: 500\n          description: The subject line (email)',
    replace: "          maxLength: 500\n          pattern: '^(a+)+$'\n          description: The subject line (email)",
    also: [['              subject: null\n', `              subject: ${'a'.repeat(34)}!\n`]],
    code: /^woes-pattern-backtracking$/,
    path: '$.components.schemas.Conversation.properties.subject.pattern',
  },
];
