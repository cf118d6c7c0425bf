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
  | WebhookTestEvent;
/**
 * The channel a conversation or message came through.
 */
export type Channel = 'api' | 'live-chat' | 'email' | 'discord' | (string & {});
/**
 * A workspace-configurable label (1–32 characters), not a closed set. Compare case-sensitively.
 */
export type Label = string;
/**
 * The operator or team the conversation is assigned to, or `null` when unassigned.
 */
export type Assignee = {
  /**
   * Whether the assignee is a single operator or a team. Closed.
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
   * Up to 50 problems the scan met. Empty when it completed cleanly.
   *
   * @maxItems 50
   */
  errors: ScanError[];
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
  data: Conversation;
}
/**
 * The resource the event is about. Fetch it through the REST API with `object` and `id`.
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
   * The conversation's tags.
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
  changes: Changes;
  data: Conversation;
}
/**
 * What an update changed. Only the listed fields changed; every other field of `data` is as before.
 */
export interface Changes {
  /**
   * The names of the top-level `data` fields that changed, in the order they appear in `data`.
   *
   * @minItems 1
   */
  fields: [string, ...string[]];
  /**
   * The value each field in `fields` had before the change, keyed by field name (`null` where it was `null`).
   */
  previous: {};
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
  changes: Changes;
  data: Conversation;
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
  changes: Changes;
  data: Conversation;
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
  data: Message;
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
   * The REST API's view of the author. `user` for customers; `assistant` for operators, agents and automations. Closed.
   */
  role: 'user' | 'assistant';
  /**
   * The message text (Markdown), at most 8,000 characters.
   */
  body: string;
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
   * Traits the integrator attached (`plan`, `region`, …). Values are strings, numbers, booleans or `null`.
   */
  traits: {
    /**
     * A trait value.
     */
    [k: string]: string | number | boolean | null | undefined;
  };
  /**
   * The channel identities linked to this profile, oldest first.
   */
  identities: ChannelIdentity[];
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
  changes: Changes;
  data: Customer;
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
   * The issue description (Markdown), or `null`.
   */
  description: string | null;
  status: Label;
  priority: Label;
  /**
   * The issue's tags.
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
   * The conversations linked to the issue, oldest link first.
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
  changes: Changes;
  data: Issue;
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
  changes: Changes;
  data: Issue;
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
   * What went wrong and what to do, in one sentence.
   */
  message: string;
  /**
   * The file, page or path concerned, or `null`.
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
  changes: Changes;
  data: KnowledgeSource;
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
   * The sources the turn drew on, most relevant first. Empty when none.
   */
  citations: Citation[];
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
   * A coarse bucket of `score` for dashboards.
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
  data: AgentAnswer;
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
  data: WebhookTest;
}
/**
 * The content of a test delivery. No customer data.
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
  'conversation.created': ConversationCreatedEvent;
  'conversation.updated': ConversationUpdatedEvent;
  'conversation.assigned': ConversationAssignedEvent;
  'conversation.handed_off': ConversationHandedOffEvent;
  'conversation.resolved': ConversationResolvedEvent;
  'message.created': MessageCreatedEvent;
  'customer.created': CustomerCreatedEvent;
  'customer.updated': CustomerUpdatedEvent;
  'customer.identity_linked': CustomerIdentityLinkedEvent;
  'issue.created': IssueCreatedEvent;
  'issue.updated': IssueUpdatedEvent;
  'issue.linked': IssueLinkedEvent;
  'issue.resolved': IssueResolvedEvent;
  'knowledge.scan_completed': KnowledgeScanCompletedEvent;
  'knowledge.scan_failed': KnowledgeScanFailedEvent;
  'knowledge.coverage_changed': KnowledgeCoverageChangedEvent;
  'agent.answer_created': AgentAnswerCreatedEvent;
  'agent.handoff_requested': AgentHandoffRequestedEvent;
  'agent.low_confidence_recorded': AgentLowConfidenceRecordedEvent;
  'webhook.test': WebhookTestEvent;
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
