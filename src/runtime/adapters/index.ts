// Framework adapters, re-exported by src/runtime/index.ts.
export type { AdapterOptions, DeliveryInfo } from './adapter-options.js';
export { createFetchHandler } from './fetch-handler.js';
export { createNodeMiddleware, type NodeWebhookRequest } from './node-middleware.js';
export { STATUS_FOR_CODE, SUCCESS_STATUS, type AdapterCode } from './response-status.js';
