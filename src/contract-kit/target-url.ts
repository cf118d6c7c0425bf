import { findSecrets } from './capture/secret-patterns.js';
import { ContractKitError } from './contract-error.js';

/**
 * Query parameters that carry a credential by their name: `?token=`, `access_token`, `api_key`,
 * `X-Amz-Signature`, Azure's `sig`, `password`, `auth`, `session`, an OAuth `code`, ...
 */
const CREDENTIAL_PARAMETER = /token|secret|passw(?:or)?d|pwd|auth|credential|session|signature|key|jwt|^sig$|^code$/i;

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/**
 * The URL safe to print: any user name and password replaced by `***`, and the value of every
 * query parameter that is a credential (by its name, or by a value that looks like a secret)
 * too. Reports and messages show this, never the URL as given.
 */
export function redactUrl(value: string): string {
  // With or without a scheme (`user:pass@host` is a typo people make): up to the last `@` before the path.
  const withoutUser = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1***@');
  const query = withoutUser.indexOf('?');
  if (query === -1) return withoutUser;
  const fragment = withoutUser.indexOf('#', query);
  const end = fragment === -1 ? withoutUser.length : fragment;
  const redacted = withoutUser
    .slice(query + 1, end)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const given = equals === -1 ? '' : pair.slice(equals + 1);
      if (given === '') return pair;
      return CREDENTIAL_PARAMETER.test(decoded(name)) || findSecrets(decoded(given)).length > 0 ? `${name}=***` : pair;
    })
    .join('&');
  return `${withoutUser.slice(0, query + 1)}${redacted}${withoutUser.slice(end)}`;
}

/**
 * Refuses a URL that carries credentials (`http://user:pass@host/…`). Woes never sends them,
 * so every case would fail for a reason the suite does not test, and the password would be
 * printed in every report. The message shows the URL with them blanked out.
 */
export function refuseCredentials(value: string, what: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return;
  }
  if (url.username === '' && url.password === '') return;
  throw new ContractKitError(
    'invalid_option',
    `${what} ${redactUrl(value)} carries a user name or password; Woes sends none, so remove them from the URL and let the signature authenticate deliveries (allow the webhook route through any basic-auth layer).`,
  );
}
