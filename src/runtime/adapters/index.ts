// Framework adapters, re-exported by src/runtime/index.ts.
export { WebhookAdapterError } from './adapter-error.js';
export { DEFAULT_READ_TIMEOUT_MS, type AdapterOptions, type DeliveryInfo } from './adapter-options.js';
export { createFetchHandler } from './fetch-handler.js';
export { createNodeMiddleware, type NodeAdapterOptions, type NodeWebhookRequest } from './node-middleware.js';
export { STATUS_FOR_ADAPTER_CODE, STATUS_FOR_CODE, SUCCESS_STATUS, type AdapterCode } from './response-status.js';
