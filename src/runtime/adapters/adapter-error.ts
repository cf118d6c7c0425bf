import type { AdapterCode } from './response-status.js';

/**
 * A failure outside verification (the body could not be read in time, or at all), told to
 * `onError` while the sender gets only `{ "code" }`. `code` is stable, like
 * `WebhookVerificationError`'s.
 */
export class WebhookAdapterError extends Error {
  override readonly name = 'WebhookAdapterError';
  readonly code: AdapterCode;

  constructor(code: AdapterCode, message: string, options?: { cause?: unknown }) {
    super(`@woes/webhooks: ${message}`, options);
    this.code = code;
  }
}
