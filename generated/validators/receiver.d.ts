// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
import type { WebhookEventType } from '../types.js';
import type { CompiledValidator } from './validator-types.js';

export declare const receiverAgentAnswerCreated: CompiledValidator;
export declare const receiverAgentHandoffRequested: CompiledValidator;
export declare const receiverAgentLowConfidenceRecorded: CompiledValidator;
export declare const receiverConversationAssigned: CompiledValidator;
export declare const receiverConversationCreated: CompiledValidator;
export declare const receiverConversationDeleted: CompiledValidator;
export declare const receiverConversationHandedOff: CompiledValidator;
export declare const receiverConversationRated: CompiledValidator;
export declare const receiverConversationResolved: CompiledValidator;
export declare const receiverConversationSlaStatusChanged: CompiledValidator;
export declare const receiverConversationUpdated: CompiledValidator;
export declare const receiverCustomerCreated: CompiledValidator;
export declare const receiverCustomerDeleted: CompiledValidator;
export declare const receiverCustomerIdentityLinked: CompiledValidator;
export declare const receiverCustomerMerged: CompiledValidator;
export declare const receiverCustomerUpdated: CompiledValidator;
export declare const receiverEnvelope: CompiledValidator;
export declare const receiverIssueCreated: CompiledValidator;
export declare const receiverIssueLinked: CompiledValidator;
export declare const receiverIssueResolved: CompiledValidator;
export declare const receiverIssueUpdated: CompiledValidator;
export declare const receiverKnowledgeCoverageChanged: CompiledValidator;
export declare const receiverKnowledgeScanCompleted: CompiledValidator;
export declare const receiverKnowledgeScanFailed: CompiledValidator;
export declare const receiverMessageCreated: CompiledValidator;
export declare const receiverWebhookTest: CompiledValidator;

/** The validator of each event type. */
export declare const byType: { readonly [T in WebhookEventType]: CompiledValidator };
/** The envelope every event shares, for event types this version does not know. */
export declare const envelope: CompiledValidator;
