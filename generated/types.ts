// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
/* eslint-disable */
/**
 * Any Woes webhook event. Narrow it on `type`.
 */
export type WebhookEvent =
  | ConversationCreatedEvent
  | ConversationUpdatedEvent
  | ConversationAssignedEvent
  | ConversationHandedOffEvent
  | ConversationResolvedEvent
  | MessageCreatedEvent
  | CustomerCreatedEvent
  | CustomerUpdatedEvent
  | CustomerIdentityLinkedEvent
  | IssueCreatedEvent
  | IssueUpdatedEvent
  | IssueLinkedEvent
  | IssueResolvedEvent
  | KnowledgeScanCompletedEvent
  | KnowledgeScanFailedEvent
  | KnowledgeCoverageChangedEvent
  | AgentAnswerCreatedEvent
  | AgentHandoffRequestedEvent
  | AgentLowConfidenceRecordedEvent
  | CustomerDeletedEvent
  | CustomerMergedEvent
  | ConversationDeletedEvent
  | ConversationRatedEvent
  | ConversationSlaStatusChangedEvent
  | WebhookTestEvent;
/**
 * The channel a conversation or message came through.
 */
export type Channel = 'api' | 'live-chat' | 'email' | 'discord' | (string & {});
/**
 * The conversation's status, the same value the REST API returns. The inbox shows five
 * states, and `waitingOn` carries its detail: **New** and **Open** are `open` (New is an
 * open conversation no operator has replied to yet), **Waiting on customer** is
 * `waiting` with `waitingOn: customer`, **Waiting on team** is `waiting` with
 * `waitingOn: team`, and **Resolved** is `solved`. Archiving and snoozing do not change
 * the status.
 *
 */
export type ConversationStatus = 'open' | 'waiting' | 'solved' | (string & {});
/**
 * Who the conversation waits for, as the inbox shows it. `null` when `solved`.
 */
export type WaitingOn = 'customer' | 'team' | (string & {}) | null;
/**
 * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
 */
export type Label = string;
/**
 * The operator or team the conversation is assigned to, or `null` when unassigned.
 */
export type Assignee = {
  /**
   * Whether the assignee is a single operator or a team. Closed on purpose: an assignee is a person or a group of people who answer in the inbox; AI handling is `handledBy: agent`, not an assignee, so no third kind is foreseen, and a closed list lets receivers switch on it exhaustively.
   */
  type: 'operator' | 'team';
  /**
   * The operator's or team's id.
   */
  id: string;
} | null;
/**
 * How the customer's identity was established: `anonymous` (widget identity off), `email_hmac` (HMAC-signed email), `jwt` (signed JWT), `email` (the sender of an email), `discord` (a Discord account), `api` (created through the REST API).
 */
export type IdentitySource = 'anonymous' | 'email_hmac' | 'jwt' | 'email' | 'discord' | 'api' | (string & {});
/**
 * The latest scan of the source, or `null` before the first scan finished.
 */
export type ScanResult = {
  /**
   * Always `scan`.
   */
  object: 'scan';
  /**
   * The scan id.
   */
  id: string;
  /**
   * How the scan ended.
   */
  outcome: 'completed' | 'partially_completed' | 'failed' | (string & {});
  /**
   * `false` when the content was unchanged and nothing was re-embedded.
   */
  contentChanged: boolean;
  /**
   * Whether the scan detected authentication in the API (the scheme, never a credential).
   */
  authDetected: boolean;
  /**
   * What this scan found.
   */
  counts: {
    /**
     * API endpoints found.
     */
    endpoints: number;
    /**
     * Documents found.
     */
    documents: number;
    /**
     * Chunks produced.
     */
    chunks: number;
  };
  /**
   * Files or pages the scan skipped.
   */
  skippedItems: number;
  /**
   * Up to 10 problems the scan met, the first ones found; `skippedItems` counts every skipped item. Empty when it completed cleanly.
   *
   * @maxItems 10
   */
  errors:
    | []
    | [ScanError]
    | [ScanError, ScanError]
    | [ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError]
    | [ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError, ScanError];
  /**
   * When the scan started.
   */
  startedAt: string;
  /**
   * When the scan finished.
   */
  finishedAt: string;
} | null;
/**
 * The customer message an agent turn answered, or `null` when the turn answered none (a turn started by an operator's request).
 */
export type CustomerMessageRef = {
  /**
   * The `message.created` message of the customer's question.
   */
  id: string;
  /**
   * The first 500 characters of that message, verbatim (see What payloads carry). Fetch the message for the rest.
   */
  excerpt: string;
} | null;
/**
 * `deleted` (an operator or an API call deleted it) or `erasure_request` (a data-subject erasure request covered it; delete every copy, backups included, as your own policy says). Open.
 */
export type DeletionReason = 'deleted' | 'erasure_request' | (string & {});
/**
 * `active` (running), `at_risk` (less than the policy's warning time left), `breached` (due time passed; final), `achieved` (met in time; final), `cancelled` (no longer applies; final). Open.
 */
export type SlaStatus = 'active' | 'at_risk' | 'breached' | 'achieved' | 'cancelled' | (string & {});

/**
 * The `conversation.created` event.
 */
export interface ConversationCreatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.created`.
   */
  type: 'conversation.created';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: Conversation;
}
/**
 * The resource the event is about. Only conversations and messages (through their conversation) have a REST read (Fetching more); for every other kind the events carry the whole resource in `data`, so keep the latest snapshot you received.
 */
export interface ResourceRef {
  /**
   * The kind of resource, as in its `object` field.
   */
  object:
    | 'conversation'
    | 'message'
    | 'customer'
    | 'issue'
    | 'source'
    | 'agent_answer'
    | 'handoff'
    | 'webhook_endpoint'
    | 'csat_response'
    | 'sla_target'
    | (string & {});
  /**
   * The resource id. A UUID for everything Woes creates; the integrator's own id for customers (`cus_123`).
   */
  id: string;
}
/**
 * Who caused the event.
 */
export interface Actor {
  /**
   * `customer` (an end user), `operator` (a workspace member), `agent` (an AI agent), `automation` (a workflow rule), `system` (Woes itself, e.g. a scheduled scan), `api` (a REST API call with a workspace key).
   */
  type: 'customer' | 'operator' | 'agent' | 'automation' | 'system' | 'api' | (string & {});
  /**
   * The id of the customer, operator, agent or automation rule. `null` for `system` and `api` (the key that made the call is never disclosed).
   */
  id: string | null;
}
/**
 * A support conversation, in the shape of the REST API's `GET /api/v1/conversations/{id}`.
 */
export interface Conversation {
  /**
   * Always `conversation`.
   */
  object: 'conversation';
  /**
   * The conversation id.
   */
  id: string;
  channel: Channel;
  status: ConversationStatus;
  waitingOn: WaitingOn;
  priority: Label;
  /**
   * The subject line (email) or a title set by an operator. `null` for chat and Discord until one is set.
   */
  subject: string | null;
  /**
   * The first 200 characters of the latest customer-facing message. `null` before the first message.
   */
  preview: string | null;
  /**
   * Who answers the customer now. Moves from `agent` to `operator` on `conversation.handed_off`.
   */
  handledBy: 'agent' | 'operator' | (string & {});
  /**
   * The AI agent assigned to the channel, or `null` when no agent is attached.
   */
  agentId: string | null;
  assignee: Assignee;
  /**
   * The conversation's tags, at most 50, in the order they were added, each once.
   *
   * @maxItems 50
   */
  tags: Label[];
  customer: CustomerSummary;
  /**
   * When the conversation was created.
   */
  createdAt: string;
  /**
   * When the conversation last changed. Equal to `createdAt` until the first change.
   */
  updatedAt: string;
  /**
   * When the latest customer-facing message was added, or `null` before the first message.
   */
  lastMessageAt: string | null;
  /**
   * When the conversation was solved, or `null` while it is not.
   */
  closedAt: string | null;
  /**
   * When a snoozed conversation comes back to the inbox, or `null` when it is not snoozed. Snoozing and waking fire `conversation.updated`; a new customer message wakes it early.
   */
  snoozedUntil: string | null;
  /**
   * When the conversation was archived, or `null` when it is not. Archiving and unarchiving fire `conversation.updated`; an archived conversation keeps its `status`.
   */
  archivedAt: string | null;
  customFields: CustomFields;
}
/**
 * The customer a conversation belongs to, as embedded in the REST API's conversation.
 */
export interface CustomerSummary {
  /**
   * The customer id (see `Customer.id`).
   */
  id: string;
  /**
   * The customer's display name, or `null` when unknown.
   */
  name: string | null;
  /**
   * The customer's email, or `null` when unknown.
   */
  email: string | null;
  /**
   * The customer's company, or `null` when unknown.
   */
  company: string | null;
  identitySource: IdentitySource;
}
/**
 * The conversation's custom fields, keyed by the field key set in **Settings → Custom fields**, at most 20. Text values hold up to 255 characters, a Multi-select up to 5 options of up to 50. Keys are open: new fields appear as workspaces add them. Values by field type: Text, URL and Select a string; Number and Decimal a number; Boolean a boolean; Date a `YYYY-MM-DD` string; Multi-select an array of strings, in the order the field lists its options; an unset field `null`.
 */
export interface CustomFields {
  /**
   * A custom field value.
   *
   * @maxItems 5
   */
  [k: string]:
    | string
    | number
    | boolean
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | null
    | undefined;
}
/**
 * The `conversation.updated` event.
 */
export interface ConversationUpdatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.updated`.
   */
  type: 'conversation.updated';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: ConversationUpdatedChanges;
  data: Conversation;
}
/**
 * What a `conversation.updated` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface ConversationUpdatedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: [
    (
      | 'status'
      | 'waitingOn'
      | 'priority'
      | 'subject'
      | 'tags'
      | 'customer'
      | 'closedAt'
      | 'snoozedUntil'
      | 'archivedAt'
      | 'customFields'
      | (string & {})
    ),
    ...(
      | 'status'
      | 'waitingOn'
      | 'priority'
      | 'subject'
      | 'tags'
      | 'customer'
      | 'closedAt'
      | 'snoozedUntil'
      | 'archivedAt'
      | 'customFields'
      | (string & {})
    )[]
  ];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    status?: ConversationStatus;
    waitingOn?: WaitingOn;
    /**
     * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
     */
    priority?: string;
    /**
     * The subject before.
     */
    subject?: string | null;
    /**
     * The tags before.
     *
     * @maxItems 50
     */
    tags?: Label[];
    customer?: CustomerSummary;
    /**
     * When it had been solved, before it was reopened.
     */
    closedAt?: string | null;
    /**
     * The snooze before.
     */
    snoozedUntil?: string | null;
    /**
     * The archive time before.
     */
    archivedAt?: string | null;
    customFields?: CustomFields;
  };
}
/**
 * The `conversation.assigned` event.
 */
export interface ConversationAssignedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.assigned`.
   */
  type: 'conversation.assigned';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: ConversationAssignedChanges;
  data: Conversation;
}
/**
 * What a `conversation.assigned` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface ConversationAssignedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: ['assignee' | (string & {}), ...('assignee' | (string & {}))[]];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    assignee?: Assignee;
  };
}
/**
 * The `conversation.handed_off` event.
 */
export interface ConversationHandedOffEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.handed_off`.
   */
  type: 'conversation.handed_off';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  handoff: Handoff;
  data: Conversation;
}
/**
 * A request for, or a completed, move of a conversation from an agent to a human.
 */
export interface Handoff {
  /**
   * Always `handoff`.
   */
  object: 'handoff';
  /**
   * The handoff id, shared by `agent.handoff_requested` and the `conversation.handed_off` that accepts it.
   */
  id: string;
  /**
   * The conversation to hand off.
   */
  conversationId: string;
  /**
   * The agent that handled the conversation, or `null` when none did.
   */
  agentId: string | null;
  /**
   * Why: the customer asked for a person, low confidence, account-specific judgment, a billing, security or legal topic, an upset customer, a problem that needs engineering, or an operator took over on their own.
   */
  reason:
    | 'customer_requested'
    | 'low_confidence'
    | 'account_specific'
    | 'sensitive_topic'
    | 'upset_customer'
    | 'needs_engineering'
    | 'operator_takeover'
    | (string & {});
  /**
   * `requested` until an operator accepts, then `accepted`.
   */
  status: 'requested' | 'accepted' | (string & {});
  /**
   * A customer-safe summary of why the handoff is needed, or `null`. Never the agent's prompt or reasoning trace.
   */
  note: string | null;
  /**
   * The operator who accepted, or `null` while `requested`.
   */
  operatorId: string | null;
  /**
   * When the handoff was requested (for an operator takeover, when it happened).
   */
  requestedAt: string;
  /**
   * When an operator accepted, or `null` while `requested`.
   */
  acceptedAt: string | null;
}
/**
 * The `conversation.resolved` event.
 */
export interface ConversationResolvedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.resolved`.
   */
  type: 'conversation.resolved';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: ConversationResolvedChanges;
  resolution: Resolution;
  data: Conversation;
}
/**
 * What a `conversation.resolved` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface ConversationResolvedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: [
    'status' | 'waitingOn' | 'closedAt' | (string & {}),
    ...('status' | 'waitingOn' | 'closedAt' | (string & {}))[]
  ];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    status?: ConversationStatus;
    waitingOn?: WaitingOn;
    /**
     * The solve time before (`null`).
     */
    closedAt?: string | null;
  };
}
/**
 * How a conversation came to be solved, with the figures support teams are measured on.
 */
export interface Resolution {
  /**
   * `agent` (the AI agent resolved it: the customer confirmed its answer, or the agent closed it under its settings), `operator`, `automation` (a rule), `customer` (closed the chat), `api` (a REST call), `system` (closed after inactivity). Open.
   */
  resolvedBy: 'agent' | 'operator' | 'automation' | 'customer' | 'api' | 'system' | (string & {});
  /**
   * `true` when an operator sent a customer-facing message or took over at any point.
   */
  humanInvolved: boolean;
  /**
   * `true` when the conversation was ever handed off from an agent to an operator (`conversation.handed_off`).
   */
  handedOff: boolean;
  /**
   * How often the conversation was reopened after being solved before this resolution.
   */
  reopenCount: number;
  /**
   * Seconds from the first customer message to the first reply by an agent or an operator (auto-replies excluded), or `null` when nobody replied.
   */
  firstResponseSeconds: number | null;
  /**
   * Seconds from `createdAt` to this resolution (`closedAt`), paused time included.
   */
  resolutionSeconds: number;
}
/**
 * The `message.created` event.
 */
export interface MessageCreatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `message.created`.
   */
  type: 'message.created';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  conversation: RoutingContext;
  data: Message;
}
/**
 * The state of a message's conversation right after the message, enough to route it without fetching the conversation.
 */
export interface RoutingContext {
  /**
   * The conversation's status, the same value the REST API returns. The inbox shows five
   * states, and `waitingOn` carries its detail: **New** and **Open** are `open` (New is an
   * open conversation no operator has replied to yet), **Waiting on customer** is
   * `waiting` with `waitingOn: customer`, **Waiting on team** is `waiting` with
   * `waitingOn: team`, and **Resolved** is `solved`. Archiving and snoozing do not change
   * the status.
   *
   */
  status: 'open' | 'waiting' | 'solved' | (string & {});
  /**
   * Who the conversation waits for, as the inbox shows it. `null` when `solved`.
   */
  waitingOn: 'customer' | 'team' | (string & {}) | null;
  /**
   * Who answers the customer now (see `Conversation.handledBy`). Open.
   */
  handledBy: 'agent' | 'operator' | (string & {});
  assignee: Assignee;
  priority: Label;
}
/**
 * A customer-facing message. Internal notes are never messages.
 */
export interface Message {
  /**
   * Always `message`.
   */
  object: 'message';
  /**
   * The message id.
   */
  id: string;
  /**
   * The conversation the message belongs to.
   */
  conversationId: string;
  channel: Channel;
  author: MessageAuthor;
  /**
   * The REST API's view of the author. `user` for customers; `assistant` for operators, agents and automations. Closed on purpose: it mirrors the REST API's two roles, and every new kind of author goes to the open `author.type` instead.
   */
  role: 'user' | 'assistant';
  /**
   * The message text (Markdown), at most 8,000 characters, verbatim as written (see What payloads carry).
   */
  body: string;
  /**
   * The files attached to the message, at most 10, in the order attached. Empty when none.
   *
   * @maxItems 10
   */
  attachments:
    | []
    | [Attachment]
    | [Attachment, Attachment]
    | [Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment]
    | [Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment, Attachment]
    | [
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment,
        Attachment
      ];
  /**
   * For an agent's message (`author.type` `agent`), the `agent.answer_created` turn that produced it (`AgentAnswer.id`); `null` for every other author.
   */
  agentAnswerId: string | null;
  /**
   * When the message was created.
   */
  createdAt: string;
}
/**
 * Who wrote a message. `type` tells the four kinds of author apart; the message's `role` (`user` or `assistant`) is the coarser view the REST API gives of the same fact.
 */
export interface MessageAuthor {
  /**
   * `customer` (inbound), `operator` (a human reply), `agent` (an AI answer), `automation` (an auto-reply rule).
   */
  type: 'customer' | 'operator' | 'agent' | 'automation' | (string & {});
  /**
   * The customer id, or the operator's, agent's or automation rule's UUID.
   */
  id: string;
  /**
   * The display name shown to the customer, or `null` when none.
   */
  name: string | null;
}
/**
 * A file attached to a message. Never a public link; download it with the workspace API key (Fetching more).
 */
export interface Attachment {
  /**
   * The attachment id.
   */
  id: string;
  /**
   * The file name as uploaded.
   */
  name: string;
  /**
   * The media type Woes detected (`image/png`, `application/pdf`).
   */
  contentType: string;
  /**
   * The size in bytes.
   */
  size: number;
}
/**
 * The `customer.created` event.
 */
export interface CustomerCreatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `customer.created`.
   */
  type: 'customer.created';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: Customer;
}
/**
 * A customer profile with its channel identities. Never contains payment details or risk scores.
 */
export interface Customer {
  /**
   * Always `customer`.
   */
  object: 'customer';
  /**
   * The id the integrator gave the customer (`cus_123`). For customers Woes created from an anonymous channel identity, a Woes UUID. Treat as opaque.
   */
  id: string;
  /**
   * The display name, or `null` when unknown.
   */
  name: string | null;
  /**
   * The email address, or `null` when unknown.
   */
  email: string | null;
  /**
   * The company name, or `null` when unknown.
   */
  company: string | null;
  identitySource: IdentitySource;
  /**
   * Traits the integrator attached (`plan`, `region`, …), at most 25, keys up to 64 characters. Values are strings (up to 255 characters), numbers, booleans or `null`.
   */
  traits: {
    /**
     * A trait value.
     */
    [k: string]: string | number | boolean | null | undefined;
  };
  /**
   * The channel identities linked to this profile, oldest first. A profile holds at most 20.
   *
   * @maxItems 20
   */
  identities:
    | []
    | [ChannelIdentity]
    | [ChannelIdentity, ChannelIdentity]
    | [ChannelIdentity, ChannelIdentity, ChannelIdentity]
    | [ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity]
    | [ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity]
    | [ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity, ChannelIdentity]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ]
    | [
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity,
        ChannelIdentity
      ];
  /**
   * When the customer profile was created.
   */
  createdAt: string;
  /**
   * When the customer profile last changed. Equal to `createdAt` until the first change.
   */
  updatedAt: string;
}
/**
 * A channel identity (widget visitor, Discord user, email address) linked to a customer profile. Carries no handle or address beyond what the profile already shows.
 */
export interface ChannelIdentity {
  /**
   * Always `identity`.
   */
  object: 'identity';
  /**
   * The identity id.
   */
  id: string;
  channel: Channel;
  /**
   * What the identity is.
   */
  kind: 'widget_visitor' | 'discord_user' | 'email_address' | 'api_contact' | (string & {});
  /**
   * `true` when the integrator vouched for it (HMAC-signed email or JWT) or the channel proved it (Discord, email).
   */
  verified: boolean;
  /**
   * When the identity was linked.
   */
  linkedAt: string;
}
/**
 * The `customer.updated` event.
 */
export interface CustomerUpdatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `customer.updated`.
   */
  type: 'customer.updated';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: CustomerUpdatedChanges;
  data: Customer;
}
/**
 * What a `customer.updated` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface CustomerUpdatedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: [
    'name' | 'email' | 'company' | 'identitySource' | 'traits' | (string & {}),
    ...('name' | 'email' | 'company' | 'identitySource' | 'traits' | (string & {}))[]
  ];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    /**
     * The display name before.
     */
    name?: string | null;
    /**
     * The email address before.
     */
    email?: string | null;
    /**
     * The company before.
     */
    company?: string | null;
    identitySource?: IdentitySource;
    /**
     * The traits before.
     */
    traits?: {
      /**
       * A trait value.
       */
      [k: string]: string | number | boolean | null | undefined;
    };
  };
}
/**
 * The `customer.identity_linked` event.
 */
export interface CustomerIdentityLinkedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `customer.identity_linked`.
   */
  type: 'customer.identity_linked';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  identity: ChannelIdentity;
  data: Customer;
}
/**
 * The `issue.created` event.
 */
export interface IssueCreatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `issue.created`.
   */
  type: 'issue.created';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: Issue;
}
/**
 * A durable work item. Issue notes are internal and never included.
 */
export interface Issue {
  /**
   * Always `issue`.
   */
  object: 'issue';
  /**
   * The issue id.
   */
  id: string;
  /**
   * The human reference shown in the inbox (`ISS-142`).
   */
  reference: string;
  /**
   * The issue title.
   */
  title: string;
  /**
   * The issue description (Markdown, at most 4,000 characters, verbatim as written), or `null`.
   */
  description: string | null;
  status: Label;
  priority: Label;
  /**
   * The issue's tags, at most 50, in the order they were added, each once.
   *
   * @maxItems 50
   */
  tags: Label[];
  /**
   * The customer the issue was reported by, or `null`.
   */
  customerId: string | null;
  /**
   * The customer account (company) the issue concerns, or `null`.
   */
  account: string | null;
  /**
   * The conversations linked to the issue, oldest link first, each once. An issue holds at most 100 links.
   *
   * @maxItems 100
   */
  conversationIds: string[];
  /**
   * When the issue was created.
   */
  createdAt: string;
  /**
   * When the issue last changed. Equal to `createdAt` until the first change.
   */
  updatedAt: string;
  /**
   * When the issue was resolved, or `null` while it is not.
   */
  resolvedAt: string | null;
}
/**
 * The `issue.updated` event.
 */
export interface IssueUpdatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `issue.updated`.
   */
  type: 'issue.updated';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: IssueUpdatedChanges;
  data: Issue;
}
/**
 * What a `issue.updated` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface IssueUpdatedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: [
    (
      | 'title'
      | 'description'
      | 'status'
      | 'priority'
      | 'tags'
      | 'customerId'
      | 'account'
      | 'conversationIds'
      | 'resolvedAt'
      | (string & {})
    ),
    ...(
      | 'title'
      | 'description'
      | 'status'
      | 'priority'
      | 'tags'
      | 'customerId'
      | 'account'
      | 'conversationIds'
      | 'resolvedAt'
      | (string & {})
    )[]
  ];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    /**
     * The title before.
     */
    title?: string;
    /**
     * The description before.
     */
    description?: string | null;
    /**
     * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
     */
    status?: string;
    /**
     * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
     */
    priority?: string;
    /**
     * The tags before.
     *
     * @maxItems 50
     */
    tags?: Label[];
    /**
     * The reporting customer before.
     */
    customerId?: string | null;
    /**
     * The account before.
     */
    account?: string | null;
    /**
     * The linked conversations before (an unlink removes one).
     *
     * @maxItems 100
     */
    conversationIds?: string[];
    /**
     * When it had been resolved, before it was reopened.
     */
    resolvedAt?: string | null;
  };
}
/**
 * The `issue.linked` event.
 */
export interface IssueLinkedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `issue.linked`.
   */
  type: 'issue.linked';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  link: IssueLink;
  data: Issue;
}
/**
 * The conversation an `issue.linked` event linked.
 */
export interface IssueLink {
  /**
   * The conversation that was linked.
   */
  conversationId: string;
  /**
   * When the link was linked.
   */
  linkedAt: string;
}
/**
 * The `issue.resolved` event.
 */
export interface IssueResolvedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `issue.resolved`.
   */
  type: 'issue.resolved';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: IssueResolvedChanges;
  data: Issue;
}
/**
 * What a `issue.resolved` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface IssueResolvedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: ['status' | 'resolvedAt' | (string & {}), ...('status' | 'resolvedAt' | (string & {}))[]];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    /**
     * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
     */
    status?: string;
    /**
     * The resolve time before (`null`).
     */
    resolvedAt?: string | null;
  };
}
/**
 * The `knowledge.scan_completed` event.
 */
export interface KnowledgeScanCompletedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `knowledge.scan_completed`.
   */
  type: 'knowledge.scan_completed';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: KnowledgeSource;
}
/**
 * A knowledge source agents answer from. Never contains credentials.
 */
export interface KnowledgeSource {
  /**
   * Always `source`.
   */
  object: 'source';
  /**
   * The source id.
   */
  id: string;
  /**
   * The name shown in **Knowledge → Sources**.
   */
  name: string;
  /**
   * What the source is.
   */
  kind: 'openapi' | 'markdown' | 'json' | 'website' | 'github' | 'file' | 'text' | (string & {});
  /**
   * Where it is read from (a URL or repository) with any credentials removed, or `null` for uploads and raw text.
   */
  origin: string | null;
  coverage: Coverage;
  lastScan: ScanResult;
  /**
   * When the source was created.
   */
  createdAt: string;
  /**
   * When the source last changed. Equal to `createdAt` until the first change.
   */
  updatedAt: string;
}
/**
 * What agents can answer from, after the last successful scan.
 */
export interface Coverage {
  /**
   * API endpoints found.
   */
  endpoints: number;
  /**
   * Documents found.
   */
  documents: number;
  /**
   * Chunks embedded and available to agents.
   */
  chunks: number;
  /**
   * `true` when the last scan skipped or failed some content.
   */
  partial: boolean;
}
/**
 * One problem a scan met, without credentials or internal traces.
 */
export interface ScanError {
  /**
   * A stable snake_case code, as in the REST API's errors (`source_unreachable`, `unsupported_file`).
   */
  code: string;
  /**
   * What went wrong and what to do, in one sentence (up to 200 characters). It may quote the source's own text verbatim.
   */
  message: string;
  /**
   * The file, page or path concerned (up to 256 characters), or `null`.
   */
  location: string | null;
}
/**
 * The `knowledge.scan_failed` event.
 */
export interface KnowledgeScanFailedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `knowledge.scan_failed`.
   */
  type: 'knowledge.scan_failed';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: KnowledgeSource;
}
/**
 * The `knowledge.coverage_changed` event.
 */
export interface KnowledgeCoverageChangedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `knowledge.coverage_changed`.
   */
  type: 'knowledge.coverage_changed';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: KnowledgeCoverageChangedChanges;
  data: KnowledgeSource;
}
/**
 * What a `knowledge.coverage_changed` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface KnowledgeCoverageChangedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: ['coverage' | (string & {}), ...('coverage' | (string & {}))[]];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    coverage?: Coverage;
  };
}
/**
 * The `agent.answer_created` event.
 */
export interface AgentAnswerCreatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `agent.answer_created`.
   */
  type: 'agent.answer_created';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: AgentAnswer;
}
/**
 * One agent turn with its confidence signal and citations.
 */
export interface AgentAnswer {
  /**
   * Always `agent_answer`.
   */
  object: 'agent_answer';
  /**
   * The agent turn id.
   */
  id: string;
  /**
   * The conversation the turn belongs to.
   */
  conversationId: string;
  /**
   * The `message.created` message the turn produced, or `null` when it produced none (a handoff request).
   */
  messageId: string | null;
  customerMessage: CustomerMessageRef;
  /**
   * The agent that took the turn.
   */
  agentId: string;
  /**
   * What the turn did.
   */
  outcome: 'answered' | 'clarification_requested' | 'handoff_requested' | (string & {});
  confidence: Confidence;
  /**
   * The sources the turn drew on, most relevant first, at most 10. Empty when none.
   *
   * @maxItems 10
   */
  citations:
    | []
    | [Citation]
    | [Citation, Citation]
    | [Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation]
    | [Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation, Citation];
  /**
   * When the agent turn was created.
   */
  createdAt: string;
}
/**
 * The turn's confidence signal. Scores and thresholds run from 0 to 1; the agent settings slider shows the same scale as a percentage.
 */
export interface Confidence {
  /**
   * The turn's confidence, from 0 to 1.
   */
  score: number;
  /**
   * The agent's configured threshold at the time, from 0 to 1. A score below it is low confidence.
   */
  threshold: number;
  /**
   * A coarse bucket of `score` for dashboards: `low` when `score` is below `threshold` (exactly the turns that fire `agent.low_confidence_recorded`), `high` when `score` is at least 0.8 and at least `threshold`, `medium` otherwise.
   */
  level: 'low' | 'medium' | 'high' | (string & {});
}
/**
 * A source passage an answer drew on.
 */
export interface Citation {
  /**
   * The knowledge source.
   */
  sourceId: string;
  /**
   * The cited document's or endpoint's title.
   */
  title: string;
  /**
   * A public link to the cited page, or `null` when the source has none.
   */
  url: string | null;
  /**
   * Up to 500 characters of the cited passage, or `null`.
   */
  excerpt: string | null;
}
/**
 * The `agent.handoff_requested` event.
 */
export interface AgentHandoffRequestedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `agent.handoff_requested`.
   */
  type: 'agent.handoff_requested';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: Handoff;
}
/**
 * The `agent.low_confidence_recorded` event.
 */
export interface AgentLowConfidenceRecordedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `agent.low_confidence_recorded`.
   */
  type: 'agent.low_confidence_recorded';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: AgentAnswer;
}
/**
 * The `customer.deleted` event.
 */
export interface CustomerDeletedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `customer.deleted`.
   */
  type: 'customer.deleted';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: DeletedCustomer;
}
/**
 * The tombstone of a deleted customer profile: what a mirror needs to find and drop its copy, never the erased content.
 */
export interface DeletedCustomer {
  /**
   * Always `customer`.
   */
  object: 'customer';
  /**
   * The id of the deleted customer (see `Customer.id`).
   */
  id: string;
  /**
   * Always `true`, so code that reads `data.deleted` tells a tombstone from a snapshot.
   */
  deleted: true;
  reason: DeletionReason;
  /**
   * When the profile was deleted.
   */
  deletedAt: string;
}
/**
 * The `customer.merged` event.
 */
export interface CustomerMergedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `customer.merged`.
   */
  type: 'customer.merged';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  merge: CustomerMerge;
  data: Customer;
}
/**
 * What a `customer.merged` event merged into the surviving profile.
 */
export interface CustomerMerge {
  /**
   * The customer ids that were absorbed and no longer exist, at most 10 per merge, in no particular order. Their identities and conversations now belong to the surviving profile (`resource.id`).
   *
   * @minItems 1
   * @maxItems 10
   */
  absorbedIds:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  /**
   * `identity_verified` (a visitor with a profile was verified as a known customer), `operator_merge` (an operator merged duplicates), `api` (a REST API call). Open.
   */
  reason: 'identity_verified' | 'operator_merge' | 'api' | (string & {});
  /**
   * When the profiles were merged.
   */
  mergedAt: string;
}
/**
 * The `conversation.deleted` event.
 */
export interface ConversationDeletedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.deleted`.
   */
  type: 'conversation.deleted';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: DeletedConversation;
}
/**
 * The tombstone of a deleted conversation: what a mirror needs to find and drop its copy and its messages, never the erased content.
 */
export interface DeletedConversation {
  /**
   * Always `conversation`.
   */
  object: 'conversation';
  /**
   * The id of the deleted conversation. Its messages are deleted with it.
   */
  id: string;
  /**
   * Always `true`, so code that reads `data.deleted` tells a tombstone from a snapshot.
   */
  deleted: true;
  reason: DeletionReason;
  /**
   * The customer the conversation belonged to, as in `Conversation.customer.id`.
   */
  customerId: string;
  channel: Channel;
  /**
   * When the conversation was deleted.
   */
  deletedAt: string;
}
/**
 * The `conversation.rated` event.
 */
export interface ConversationRatedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.rated`.
   */
  type: 'conversation.rated';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: CsatResponse;
}
/**
 * A customer's answer to a CSAT survey about one conversation.
 */
export interface CsatResponse {
  /**
   * Always `csat_response`.
   */
  object: 'csat_response';
  /**
   * The survey response id; the same when the customer changes their answer.
   */
  id: string;
  /**
   * The conversation the survey was about.
   */
  conversationId: string;
  /**
   * The customer who answered (see `Customer.id`).
   */
  customerId: string;
  /**
   * The answer on the five-point CSAT scale: 1 very dissatisfied, 2 dissatisfied, 3 neutral, 4 satisfied, 5 very satisfied. Count 4 and 5 as satisfied for a CSAT percentage.
   */
  score: number;
  /**
   * What the customer wrote beside the score (verbatim, see What payloads carry), or `null` when nothing.
   */
  comment: string | null;
  /**
   * When the survey was sent.
   */
  requestedAt: string;
  /**
   * When the customer answered (the latest answer, when they changed it).
   */
  respondedAt: string;
}
/**
 * The `conversation.sla_status_changed` event.
 */
export interface ConversationSlaStatusChangedEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `conversation.sla_status_changed`.
   */
  type: 'conversation.sla_status_changed';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  changes: ConversationSlaStatusChangedChanges;
  data: SlaTarget;
}
/**
 * What a `conversation.sla_status_changed` changed: the fields in `fields` and their values before. Every other field of `data` is as before, except `updatedAt` where `data` has one, which moves with every change and is never listed.
 */
export interface ConversationSlaStatusChangedChanges {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`, each once. Open, as `data` may gain fields.
   *
   * @minItems 1
   * @maxItems 30
   */
  fields: ['status' | 'completedAt' | (string & {}), ...('status' | 'completedAt' | (string & {}))[]];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`); no other field appears. Each has the shape and bounds of the same field in `data`. A text value may be cut when the body would pass the size limit (`truncated` lists it).
   */
  previous: {
    status?: SlaStatus;
    /**
     * The completion time before (`null`).
     */
    completedAt?: string | null;
  };
}
/**
 * One SLA target of a conversation and where it stands.
 */
export interface SlaTarget {
  /**
   * Always `sla_target`.
   */
  object: 'sla_target';
  /**
   * The target id. A new `next_response` target gets a new id.
   */
  id: string;
  /**
   * The conversation the target applies to.
   */
  conversationId: string;
  /**
   * The SLA policy that set the target (**Settings → SLAs**).
   */
  policyId: string;
  /**
   * `first_response` (the first reply by an operator or an agent), `next_response` (the reply to a later customer message), `resolution` (the conversation solved). Auto-replies do not count as responses. Open.
   */
  target: 'first_response' | 'next_response' | 'resolution' | (string & {});
  status: SlaStatus;
  /**
   * When the target started running.
   */
  startedAt: string;
  /**
   * When the response or resolution is or was due, business hours applied.
   */
  dueAt: string;
  /**
   * When it was achieved or cancelled, or `null` while `active`, `at_risk` or `breached`.
   */
  completedAt: string | null;
}
/**
 * The `webhook.test` event.
 */
export interface WebhookTestEvent {
  /**
   * Always `event`, as every REST resource names its kind in `object`.
   */
  object: 'event';
  /**
   * The event id. Equal to the `webhook-id` header and stable across retries and manual redeliveries. The deduplication key (Idempotency).
   */
  id: string;
  /**
   * Always `webhook.test`.
   */
  type: 'webhook.test';
  /**
   * The payload shape version, as in the REST API's `/api/v1`. A breaking change ships as a new version chosen per endpoint (Versioning).
   */
  apiVersion: 'v1';
  /**
   * When the change happened in Woes. Unlike `webhook-timestamp`, the same on every retry.
   */
  occurredAt: string;
  /**
   * The workspace the event belongs to. Receivers serving several workspaces must filter on it.
   */
  workspaceId: string;
  resource: ResourceRef;
  /**
   * Increases with every event about the same `resource` (per `resource.object` and `resource.id`), in the order the changes happened. Ignore an event whose `sequence` is not higher than the last one applied (Ordering).
   */
  sequence: number;
  actor: Actor;
  /**
   * Present only when Woes shortened text to keep the body within the size limit: the JSON pointers of the fields it cut, such as `/data/body`, in no particular order. Each cut field keeps its first characters and ends in `…`. How much each field keeps, and whether its whole text can be read elsewhere, is listed per field (Fetching more): only a message's text can be fetched; an issue description, a CSAT comment or a value in `changes.previous` cannot be had in full. Absent on every event that was not cut.
   *
   * @minItems 1
   * @maxItems 10
   */
  truncated?:
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  data: WebhookTest;
}
/**
 * The content of a test delivery. No customer data. The one event whose `data` is not a snapshot of `resource`: `resource` is the webhook endpoint (which has no snapshot to send), `data` the test.
 */
export interface WebhookTest {
  /**
   * Always `webhook_test`.
   */
  object: 'webhook_test';
  /**
   * The webhook endpoint the test was sent to.
   */
  endpointId: string;
  /**
   * A fixed explanation of the test.
   */
  message: string;
}

/** Every event type name. */
export type WebhookEventType = WebhookEvent['type'];

/** The event interface for each event type name. */
export interface WebhookEventMap {
  "conversation.created": ConversationCreatedEvent;
  "conversation.updated": ConversationUpdatedEvent;
  "conversation.assigned": ConversationAssignedEvent;
  "conversation.handed_off": ConversationHandedOffEvent;
  "conversation.resolved": ConversationResolvedEvent;
  "message.created": MessageCreatedEvent;
  "customer.created": CustomerCreatedEvent;
  "customer.updated": CustomerUpdatedEvent;
  "customer.identity_linked": CustomerIdentityLinkedEvent;
  "issue.created": IssueCreatedEvent;
  "issue.updated": IssueUpdatedEvent;
  "issue.linked": IssueLinkedEvent;
  "issue.resolved": IssueResolvedEvent;
  "knowledge.scan_completed": KnowledgeScanCompletedEvent;
  "knowledge.scan_failed": KnowledgeScanFailedEvent;
  "knowledge.coverage_changed": KnowledgeCoverageChangedEvent;
  "agent.answer_created": AgentAnswerCreatedEvent;
  "agent.handoff_requested": AgentHandoffRequestedEvent;
  "agent.low_confidence_recorded": AgentLowConfidenceRecordedEvent;
  "customer.deleted": CustomerDeletedEvent;
  "customer.merged": CustomerMergedEvent;
  "conversation.deleted": ConversationDeletedEvent;
  "conversation.rated": ConversationRatedEvent;
  "conversation.sla_status_changed": ConversationSlaStatusChangedEvent;
  "webhook.test": WebhookTestEvent;
}

/** The event of one type: `WebhookEventOf<'conversation.created'>`. */
export type WebhookEventOf<T extends WebhookEventType> = WebhookEventMap[T];

declare const unknownEventType: unique symbol;

/**
 * The `type` of an event this version does not know. It is a `<category>.<action>` string
 * (the envelope's pattern) branded so that no known type name is comparable to it: comparing
 * `event.type` with a known name narrows to that event alone, and a `switch` over every
 * known name still leaves an `UnknownEvent` in its `default` branch. (A plain
 * `string & {}` would stay in every narrowed branch, and `string` alone would stop `type`
 * from discriminating at all.)
 */
export type UnknownEventType = `${string}.${string}` & { readonly [unknownEventType]: true };

/**
 * An event of a type added after this version of the package was built. Woes adds event
 * types without notice and receivers validate them against the envelope only, so `verify`
 * can return one: answer 2xx and ignore it (or log `type`), never fail the delivery.
 */
export interface UnknownEvent extends Omit<WebhookEvent, 'type' | 'data'> {
  readonly type: UnknownEventType;
  readonly data: { readonly [key: string]: unknown };
}

/** What a receiver gets from `verify`: a known event (narrow it on `type`) or an `UnknownEvent`. */
export type ReceivedEvent = WebhookEvent | UnknownEvent;
