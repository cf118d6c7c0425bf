/**
 * Secret-looking strings (all fake) that the shared pattern list must catch, wherever they
 * appear, and look-alikes it must leave alone. Read by the ruleset tests and the capture tests:
 * both sides judge by the same list.
 */
export const SECRET_SAMPLES: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'webhook secret', text: 'whsec_dGhpcyBpcyBub3QgYSByZWFsIGtleQ==' },
  { kind: 'webhook signing key', text: 'whsk_c2lnbmluZyBrZXkgZm9yIHRlc3Rz' },
  { kind: 'workspace key', text: 'woesk_live_8f2a9c0d1e2f3a4b' },
  { kind: 'workspace key with a dash', text: 'woesk_-Zx81kq09aa' },
  { kind: 'Anthropic key', text: 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz012345' },
  { kind: 'OpenAI project key', text: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx' },
  { kind: 'Stripe live key', text: 'sk_live_51HxAbCdEfGhIjKl' },
  { kind: 'AWS access key', text: 'AKIAIOSFODNN7EXAMPLE' },
  { kind: 'GitHub token', text: 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
  { kind: 'GitHub fine-grained token', text: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnop' },
  { kind: 'Slack token', text: 'xoxb-1234567890-abcdefghij' },
  { kind: 'bearer JWT', text: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl' },
  { kind: 'bare JWT', text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl' },
  { kind: 'opaque bearer token', text: 'Authorization: Bearer 9f8e7d6c5b4a39281706f5e4' },
  { kind: 'private key', text: '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----' },
  { kind: 'a key inside a sentence', text: 'my key is woesk_live_abc123, please rotate' },
  { kind: 'a key glued to an underscore', text: 'debug_sk_live_51HxAbCdEfGhIjKl' },
];

/** Text that mentions secrets without holding one: prose in the spec and docs must stay legal. */
export const NOT_SECRETS: readonly string[] = [
  'A webhook secret starts with `whsec_…`.',
  'Workspace API keys (`woesk_`) are never sent.',
  'Send a Bearer token with each request.',
  'trovw_3b1f0c9d2e7a4b5c (a public widget key)',
  'task-ant-colony-simulation-result-page',
  'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
];
