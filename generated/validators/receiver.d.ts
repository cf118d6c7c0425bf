// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
import type { WebhookEventType } from '../types.js';
import type { ReceiverValidator } from './validator-types.js';

/** The validator of each event type. */
export declare const byType: { readonly [T in WebhookEventType]: ReceiverValidator };
/** The envelope every event shares, for event types this version does not know. */
export declare const envelope: ReceiverValidator;
