/**
 * Strings that must never appear in a payload, an example or the docs: webhook secrets and
 * signing keys, Woes workspace API keys, private keys, common provider keys and tokens (npm,
 * GitLab, Google, SendGrid, Slack webhook URLs, AWS, Twilio, Azure SAS), passwords in URLs and
 * bearer, basic and token authorizations (payloads never carry credentials). The one list both the spec's `woes-no-secrets` rule and
 * the `capture` endpoint's report use.
 *
 * Each pattern is meant for one decoded string (a JSON string value or key, a YAML scalar), not
 * for raw text: `"whsec_abc\u002f…"` only looks like a secret once its escapes are decoded.
 * The lookbehinds stand in for `\b`, which would miss a key glued to `_` (`debug_sk_live_…`).
 */
export const SECRET_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'webhook secret (whsec_)', pattern: /whsec_[A-Za-z0-9+/=_-]{8,}/ },
  { name: 'webhook signing key (whsk_)', pattern: /whsk_[A-Za-z0-9+/=_-]{8,}/ },
  { name: 'workspace API key (woesk_)', pattern: /woesk_[A-Za-z0-9_-]{4,}/ },
  { name: 'private key block', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'provider API key (sk-…)', pattern: /(?<![A-Za-z0-9])sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}/ },
  { name: 'payment provider key (sk_live_, rk_test_…)', pattern: /(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{8,}/ },
  { name: 'AWS access key', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])/ },
  { name: 'GitHub token', pattern: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { name: 'Slack token', pattern: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: 'JSON Web Token', pattern: /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/ },
  { name: 'bearer token', pattern: /(?<![A-Za-z])[Bb]earer\s+[A-Za-z0-9._~+/-]{16,}=*/ },
  { name: 'npm token', pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { name: 'GitLab token', pattern: /(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|cbt|soat|ft|imt|agent)-[A-Za-z0-9_-]{20,}/ },
  { name: 'Google API key', pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/ },
  { name: 'SendGrid key', pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}/ },
  { name: 'Slack webhook URL', pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]{8,}/ },
  // A password in a URL (`postgres://user:pass@host`, `https://u:p@…`); a masked one (`***`, `…`) is not.
  { name: 'password in a URL', pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#:@]+:(?![*…x]+@)[^\s/?#@]+@/ },
  // 40 characters of base64, upper and lower case, a digit and a `/` or `+`: the shape of an AWS
  // secret access key. Hex digests (one case, no `/`) and longer base64 runs are left alone.
  {
    name: 'AWS secret access key',
    pattern:
      /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/,
  },
  {
    name: 'AWS secret access key (named)',
    pattern: /(?:aws|AWS)_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)_?(?:key|KEY|Key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/,
  },
  // `Basic <base64 of user:password>`: base64, so a digit, `+`, `/`, padding or a case change
  // inside it (`dXNlcjpwYXNz`); prose (`Basic authentication`) has none of them.
  {
    name: 'basic authorization',
    pattern: /(?<![A-Za-z])[Bb]asic\s+(?=[A-Za-z0-9+/]{0,400}(?:[0-9+/=]|[a-z][A-Z]))[A-Za-z0-9+/]{8,}/,
  },
  // `Token <opaque>` (Django REST framework, GitHub's legacy form): at least 20 characters with a digit.
  { name: 'token authorization', pattern: /(?<![A-Za-z])[Tt]oken\s+(?=[A-Za-z0-9._~+/-]{0,200}[0-9])[A-Za-z0-9._~+/-]{20,}/ },
  { name: 'Twilio API key', pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/ },
  // The signature of an Azure shared access signature (a SAS URL or connection string).
  { name: 'Azure SAS signature', pattern: /(?<![A-Za-z0-9])sig=(?:[A-Za-z0-9+/]|%2[BbFf]){20,}(?:=|%3[Dd]){0,2}/ },
];

// One pass over each short string first: almost every string holds no secret, and testing the
// union once is an order of magnitude cheaper than every pattern in turn. Over a long text
// (a 64 KiB body) it is the other way round: each pattern alone is scanned for its literal
// start, the union tries every alternative at every position (measured: 17 ms against 4 ms for
// 64 KiB). The union keeps no flags, so no pattern may have any (an `i` would be lost in it; a
// `g` would make `test` stateful).
for (const { name, pattern } of SECRET_PATTERNS)
  if (pattern.flags !== '') throw new Error(`secret pattern "${name}" must have no flags, has /${pattern.flags}`);
const ANY_SECRET = new RegExp(SECRET_PATTERNS.map(({ pattern }) => `(?:${pattern.source})`).join('|'));

/** The names of the secret-looking strings in one decoded string. */
const LONG_TEXT = 1024;

export const findSecrets = (text: string): string[] =>
  text.length > LONG_TEXT || ANY_SECRET.test(text) ? SECRET_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name) : [];

/** A secret found in a JSON value: where (path segments) and what kind. Never the secret itself. */
export interface SecretFinding {
  readonly path: readonly (string | number)[];
  readonly name: string;
}

type Step = { readonly value: unknown; readonly parent: Step | undefined; readonly segment: string | number | undefined; readonly key: boolean };

function pathOf(step: Step, basePath: readonly (string | number)[]): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let current: Step | undefined = step; current?.segment !== undefined; current = current.parent) segments.push(current.segment);
  return [...basePath, ...segments.reverse()];
}

/**
 * Every secret-looking string in a decoded JSON value, keys included, with its path. Walks
 * with an explicit stack (a deeply nested body must not overflow the call stack), and builds
 * a path only for a finding (or when `skip` asks), so a clean body costs one regex per string.
 */
export function findSecretsInValue(
  value: unknown,
  basePath: readonly (string | number)[] = [],
  skip?: (path: readonly (string | number)[]) => boolean,
): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const scan = (text: string, step: Step): void => {
    for (const name of findSecrets(text)) findings.push({ path: pathOf(step, basePath), name });
  };
  // Children are pushed last-first so they pop in document order; a key is scanned with its value.
  const stack: Step[] = [{ value, parent: undefined, segment: undefined, key: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (skip?.(pathOf(step, basePath))) continue;
    if (step.key) scan(String(step.segment), step);
    const current = step.value;
    if (typeof current === 'string') scan(current, step);
    else if (Array.isArray(current))
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index] as unknown, parent: step, segment: index, key: false });
    else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index] as [string, unknown];
        stack.push({ value: child, parent: step, segment: key, key: true });
      }
    }
  }
  return findings;
}
