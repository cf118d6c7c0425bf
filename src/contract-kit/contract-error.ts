/** Stable codes of the contract kit's errors: tests and the CLI match on them. */
export type ContractErrorCode = 'receiver_unreachable' | 'inspect_unreachable' | 'unknown_case' | 'invalid_option' | 'port_in_use';

/**
 * A problem with how the contract kit was pointed at a receiver or producer (not a conformance
 * failure). The message says what happened and how to fix it, in one line.
 */
export class ContractKitError extends Error {
  readonly code: ContractErrorCode;
  constructor(code: ContractErrorCode, message: string) {
    super(`@woes/webhooks: ${message}`);
    this.name = 'ContractKitError';
    this.code = code;
  }
}

/** Why a `fetch` failed, in words: `ECONNREFUSED`, `ENOTFOUND`, a timeout, ... */
export function networkCause(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const cause = error instanceof Error ? (error as Error & { cause?: unknown }).cause : undefined;
  if (cause instanceof Error) return (cause as Error & { code?: string }).code ?? cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** True when a `fetch` failure means nothing answered at all (as opposed to a slow answer). */
export function isConnectionFailure(error: unknown): boolean {
  const cause = networkCause(error);
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|UND_ERR_SOCKET|bad port|invalid url|Failed to parse URL/i.test(cause);
}
