// The signing library's public surface, re-exported by src/runtime/index.ts.
export {
  VERIFICATION_ERROR_CODES,
  WebhookVerificationError,
  isWebhookVerificationError,
  type VerificationErrorCode,
  type VerificationErrorDetails,
} from './errors.js';
export { generateKeyPair, generateSecret } from './generate-keys.js';
export type { RawBody } from './raw-body.js';
export type { HeaderBag } from './read-headers.js';
export { sign, type SignInput, type SignedHeaders } from './sign.js';
export { validateEvent } from './validate-event.js';
export { verify, type VerifyWithKeysOptions } from './verify.js';
export { Webhook, type PublicKeyOptions, type VerifyOptions } from './webhook.js';
export { signedTestDelivery, type DeepPartial, type TestDelivery, type TestDeliveryOptions } from './test-delivery.js';
