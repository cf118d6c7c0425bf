/**
 * @woes/webhooks: the Woes webhook contract for receivers and producers.
 * Types, constants and receivers' validators are derived from asyncapi.yaml. Producers' strict
 * validation is `@woes/webhooks/strict`; signature checks alone are `@woes/webhooks/verify`.
 */
export type * from '../../generated/types.js';
export { CONTRACT_VERSION, DELIVERY, EVENT_CATALOG, EVENT_TYPES, type EventCatalogEntry } from '../../generated/catalog.js';
export { EVENT_EXAMPLES, type EventExample } from '../../generated/examples.js';
export { checkEvent, receiverValidation } from './validation/check-receiver.js';
export type { EventCheck, EventValidation, SchemaViolation, ValidationMode } from './validation/event-check.js';
export * from './signing/index.js';
export * from './adapters/index.js';
