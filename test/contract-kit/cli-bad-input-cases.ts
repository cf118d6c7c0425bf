/**
 * Bad CLI input: each must print one line on stderr naming the problem and the fix, exit
 * non-zero, and never print a stack trace. `{unused}` becomes a port nothing listens on,
 * `{busy}` a port something does.
 */
export const BAD_INPUT_CASES: readonly { readonly name: string; readonly args: readonly string[]; readonly exit: number; readonly says: RegExp }[] = [
  {
    name: 'send: unknown event type',
    args: ['send', 'conversation.craeted', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}'],
    exit: 2,
    says: /unknown event type "conversation\.craeted"; did you mean conversation\.created/,
  },
  {
    name: 'send: unreadable file',
    args: ['send', 'missing/event.json', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}'],
    exit: 2,
    says: /cannot read "missing\/event\.json" \(ENOENT\)/,
  },
  {
    name: 'send: unreachable URL',
    args: ['send', 'conversation.created', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}'],
    exit: 1,
    says: /nothing answered at http:\/\/127\.0\.0\.1:\d+\/ \(ECONNREFUSED\)/,
  },
  {
    name: 'send: invalid secret format',
    args: ['send', 'conversation.created', '--url', 'http://127.0.0.1:{unused}/', '--secret', 'sk_live_123'],
    exit: 2,
    says: /--secret is not a valid secret: .*whsec_/,
  },
  {
    name: 'send: a --set without =',
    args: ['send', 'conversation.created', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}', '--set', 'data.status'],
    exit: 2,
    says: /--set "data\.status" needs path=value/,
  },
  {
    name: 'test-receiver: unreachable URL',
    args: ['test-receiver', '--url', 'http://127.0.0.1:{unused}/hook', '--secret', '{secret}'],
    exit: 1,
    says: /nothing answered at http:\/\/127\.0\.0\.1:\d+\/hook \(ECONNREFUSED\)\. Start the receiver first/,
  },
  {
    name: 'test-receiver: invalid secret format',
    args: ['test-receiver', '--url', 'http://127.0.0.1:{unused}/', '--secret', 'whsec_???'],
    exit: 2,
    says: /--secret is not a valid secret/,
  },
  { name: 'test-receiver: not a URL', args: ['test-receiver', '--url', 'localhost', '--secret', '{secret}'], exit: 2, says: /--url "localhost" is not a URL/ },
  {
    name: 'test-receiver: unknown case id',
    args: ['test-receiver', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}', '--only', 'signature.nope'],
    exit: 2,
    says: /no case matches "signature\.nope"/,
  },
  {
    name: 'test-receiver: unknown reporter',
    args: ['test-receiver', '--url', 'http://127.0.0.1:{unused}/', '--secret', '{secret}', '--reporter', 'html'],
    exit: 2,
    says: /unknown --reporter "html"; use table, json or junit/,
  },
  {
    name: 'validate: unreadable file',
    args: ['validate', 'missing/events.ndjson'],
    exit: 2,
    says: /cannot read "missing\/events\.ndjson": no such file or folder/,
  },
  {
    name: 'capture: port in use',
    args: ['capture', '--port', '{busy}', '--secret', '{secret}'],
    exit: 1,
    says: /port \d+ on 127\.0\.0\.1 is in use; pick another with --port/,
  },
  { name: 'capture: invalid secret format', args: ['capture', '--port', '0', '--secret', 'hunter2'], exit: 2, says: /--secret is not a valid secret/ },
  {
    name: 'capture: bad --fail',
    args: ['capture', '--port', '0', '--secret', '{secret}', '--fail', 'sometimes'],
    exit: 2,
    says: /--fail "sometimes" is not <status\|timeout>/,
  },
];
