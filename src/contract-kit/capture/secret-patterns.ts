/**
 * Strings that must never appear in a payload, which carries no secrets, credentials, API keys,
 * webhook secrets, passwords or payment data (docs/webhooks/security.mdx, "What payloads never
 * contain"): webhook secrets and keys, workspace API keys, private keys, common provider keys.
 */
export const SECRET_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'webhook secret (whsec_)', pattern: /whsec_[A-Za-z0-9+/=]{8,}/ },
  { name: 'webhook signing key (whsk_)', pattern: /whsk_[A-Za-z0-9+/=]{8,}/ },
  { name: 'workspace API key (woesk_)', pattern: /woesk_[A-Za-z0-9_-]{8,}/ },
  { name: 'private key block', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'provider API key (sk-…)', pattern: /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}/ },
  { name: 'AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/ },
];

/** The names of the secret-looking strings in a text. */
export const findSecrets = (text: string): string[] => SECRET_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
