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
  { kind: 'npm token', text: 'npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
  { kind: 'GitLab token', text: 'glpat-AbCdEfGhIjKlMnOpQrSt' },
  { kind: 'Google API key', text: 'AIzaSyA-1234567890abcdefghijklmnopqrstu' },
  { kind: 'SendGrid key', text: 'SG.AbCdEfGhIjKlMnOpQrStUv.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg' },
  { kind: 'Slack webhook URL', text: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' },
  { kind: 'database URL with a password', text: 'postgres://woes:hunter2@db.internal:5432/woes' },
  { kind: 'URL with a password, upper-case scheme', text: 'HTTPS://deploy:s3cret@git.example.com/repo' },
  { kind: 'AWS secret access key', text: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { kind: 'AWS secret access key, named', text: 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEYAB' },
  { kind: 'basic authorization', text: 'Authorization: Basic dXNlcjpwYXNzd29yZA==' },
  { kind: 'basic authorization, unpadded', text: 'Basic dXNlcjpwYXNz' },
  { kind: 'token authorization', text: 'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b' },
  { kind: 'Twilio API key', text: 'SK0123456789abcdef0123456789abcdef' },
  { kind: 'Azure SAS signature', text: 'https://woes.blob.core.windows.net/c?sv=2021-06-08&ss=b&sp=r&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2B%2F%3D' },
];

/** Text that mentions secrets without holding one: prose in the spec and docs must stay legal. */
export const NOT_SECRETS: readonly string[] = [
  'A webhook secret starts with `whsec_…`.',
  'Workspace API keys (`woesk_`) are never sent.',
  'Send a Bearer token with each request.',
  'trovw_3b1f0c9d2e7a4b5c (a public widget key)',
  'task-ant-colony-simulation-result-page',
  'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  'Basic authentication is not used.',
  'Put HTTP Basic Authentication in front of the route.',
  'A token verification step comes first; tokens are rotated every 90 days.',
  'postgres://localhost:5432/woes',
  'https://user@example.com/path',
  'https://woes:***@example.com (the password is masked)',
  'Every SAS URL has a sig= parameter.',
  'SKU SK-1234 on the basic plan',
  'commit 2f1e0c9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
  'npm_config_cache and AIza are prefixes, not keys.',
  'https://docs.woes.dev/webhooks/signing#verify-in-python',
];
