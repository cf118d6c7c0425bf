import { ContractKitError } from './contract-error.js';

/** The URL with any user name and password replaced by `***`, safe to print. */
export function redactUrl(value: string): string {
  // With or without a scheme (`user:pass@host` is a typo people make): up to the last `@` before the path.
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, '$1***@');
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
