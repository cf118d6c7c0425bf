// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
import type { WebhookEventType } from '../types.js';
import type { CompiledValidator } from './validator-types.js';

export declare const strictAgentAnswerCreated: CompiledValidator;
export declare const strictAgentHandoffRequested: CompiledValidator;
export declare const strictAgentLowConfidenceRecorded: CompiledValidator;
export declare const strictConversationAssigned: CompiledValidator;
export declare const strictConversationCreated: CompiledValidator;
export declare const strictConversationDeleted: CompiledValidator;
export declare const strictConversationHandedOff: CompiledValidator;
export declare const strictConversationRated: CompiledValidator;
export declare const strictConversationResolved: CompiledValidator;
export declare const strictConversationSlaStatusChanged: CompiledValidator;
export declare const strictConversationUpdated: CompiledValidator;
export declare const strictCustomerCreated: CompiledValidator;
export declare const strictCustomerDeleted: CompiledValidator;
export declare const strictCustomerIdentityLinked: CompiledValidator;
export declare const strictCustomerMerged: CompiledValidator;
export declare const strictCustomerUpdated: CompiledValidator;
export declare const strictEnvelope: CompiledValidator;
export declare const strictIssueCreated: CompiledValidator;
export declare const strictIssueLinked: CompiledValidator;
export declare const strictIssueResolved: CompiledValidator;
export declare const strictIssueUpdated: CompiledValidator;
export declare const strictKnowledgeCoverageChanged: CompiledValidator;
export declare const strictKnowledgeScanCompleted: CompiledValidator;
export declare const strictKnowledgeScanFailed: CompiledValidator;
export declare const strictMessageCreated: CompiledValidator;
export declare const strictWebhookTest: CompiledValidator;

/** The validator of each event type. */
export declare const byType: { readonly [T in WebhookEventType]: CompiledValidator };
/** The envelope every event shares, for event types this version does not know. */
export declare const envelope: CompiledValidator;
