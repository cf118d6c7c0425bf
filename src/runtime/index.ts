/**
 * @woes/webhooks: the Woes webhook contract for receivers and producers.
 * Types, constants and validators are derived from asyncapi.yaml; see README.md.
 */
export type * from '../../generated/types.js';
export { CONTRACT_VERSION, DELIVERY, EVENT_CATALOG, EVENT_TYPES, type EventCatalogEntry } from '../../generated/catalog.js';
export { EVENT_EXAMPLES, type EventExample } from '../../generated/examples.js';
export { checkEvent, type EventCheck, type SchemaViolation, type ValidationMode } from './validation/check-event.js';
export * from './signing/index.js';
export * from './adapters/index.js';
