// Generated from asyncapi.yaml by `npm run generate`. Do not edit: change asyncapi.yaml and regenerate.
import type { WebhookEventType } from './types.js';

/** The contract version (`info.version` of asyncapi.yaml). */
export const CONTRACT_VERSION = "1.2.0";

/** Every event type, in the order of the spec. */
export const EVENT_TYPES = [
  "conversation.created",
  "conversation.updated",
  "conversation.assigned",
  "conversation.handed_off",
  "conversation.resolved",
  "message.created",
  "customer.created",
  "customer.updated",
  "customer.identity_linked",
  "issue.created",
  "issue.updated",
  "issue.linked",
  "issue.resolved",
  "knowledge.scan_completed",
  "knowledge.scan_failed",
  "knowledge.coverage_changed",
  "agent.answer_created",
  "agent.handoff_requested",
  "agent.low_confidence_recorded",
  "customer.deleted",
  "customer.merged",
  "conversation.deleted",
  "conversation.rated",
  "conversation.sla_status_changed",
  "webhook.test"
] as const satisfies readonly WebhookEventType[];

export interface EventCatalogEntry {
  readonly type: WebhookEventType;
  readonly category: string;
  readonly action: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly schemaId: string;
  readonly strictSchemaId: string;
  readonly deprecated: boolean;
}

/** Each event type with its category, summary and schema ids. */
export const EVENT_CATALOG: { readonly [T in WebhookEventType]: EventCatalogEntry & { readonly type: T } } = {
  "conversation.created": {
    "type": "conversation.created",
    "category": "conversation",
    "action": "created",
    "title": "Conversation created",
    "summary": "A new conversation started.",
    "description": "Fires once when a conversation is created: a customer opens a live chat, sends a first\nemail or Discord message to a connected channel, or a conversation is created through the\nREST API. It fires before the `message.created` of the conversation's first message.\n\nIt does not fire when a solved conversation is reopened (that is `conversation.updated`)\nor when messages are imported in bulk.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.created.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.created.json",
    "deprecated": false
  },
  "conversation.updated": {
    "type": "conversation.updated",
    "category": "conversation",
    "action": "updated",
    "title": "Conversation updated",
    "summary": "A conversation's status, priority, subject, tags, custom fields, snooze, archive or waiting state changed.",
    "description": "Fires when any field of a conversation snapshot changes that has no more specific event:\nstatus other than to `solved` (including reopening a solved conversation), `waitingOn`,\npriority, subject, tags, `customFields`, snoozing and waking (`snoozedUntil`), archiving\nand unarchiving (`archivedAt`), or the customer after a `customer.merged` moved the\nconversation to the surviving profile (`customer`). `changes` names the fields and their\nprevious values.\n\nIt does not fire for the changes that have their own event: assignment\n(`conversation.assigned`), a move from agent to human handling (`conversation.handed_off`)\nand resolution (`conversation.resolved`). One change produces exactly one event, so a\nreceiver that needs every change subscribes to all four. It does not fire for new\nmessages (`message.created`), even though `lastMessageAt` moves.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.updated.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.updated.json",
    "deprecated": false
  },
  "conversation.assigned": {
    "type": "conversation.assigned",
    "category": "conversation",
    "action": "assigned",
    "title": "Conversation assigned",
    "summary": "A conversation was assigned to an operator or a team, or unassigned.",
    "description": "Fires when the conversation's `assignee` changes: assigned to an operator or a team, moved\nto another one, or unassigned (`assignee` becomes `null`). `changes.previous.assignee` holds\nthe previous assignee. Assignment by an automation rule fires it with `actor.type` `automation`.\n\nIt does not fire when an operator takes over an AI-handled conversation\n(`conversation.handed_off`, which also carries the new assignee), and it is not accompanied\nby `conversation.updated`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.assigned.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.assigned.json",
    "deprecated": false
  },
  "conversation.handed_off": {
    "type": "conversation.handed_off",
    "category": "conversation",
    "action": "handed_off",
    "title": "Conversation handed off",
    "summary": "A conversation moved from AI handling to a human operator.",
    "description": "Fires when `handledBy` changes from `agent` to `operator`: an operator takes over an\nAI-handled conversation, either accepting an agent's request (`agent.handoff_requested`\ncame first, with the same `handoff.id`) or on their own initiative (no request precedes\nit; `handoff.reason` is `operator_takeover`). `handoff` describes the takeover.\n\nIt does not fire when the agent merely asks for a human: that is\n`agent.handoff_requested`, and the agent keeps the conversation until an operator accepts.\nIt is not accompanied by `conversation.assigned` or `conversation.updated`, even when the\ntakeover also sets the assignee.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.handed_off.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.handed_off.json",
    "deprecated": false
  },
  "conversation.resolved": {
    "type": "conversation.resolved",
    "category": "conversation",
    "action": "resolved",
    "title": "Conversation resolved",
    "summary": "A conversation's status changed to `solved`.",
    "description": "Fires when `status` becomes `solved` (the inbox shows **Resolved**), by the AI agent, an\noperator, an automation, the customer closing the chat, the API, or Woes closing it after\ninactivity. `closedAt` is set. `changes.previous` holds the status and `closedAt` before.\n`resolution` says who resolved it, whether a human was involved or a handoff happened,\nhow often it was reopened, and the first-response and resolution times.\n\nIt is not accompanied by `conversation.updated`: one change produces one event. Reopening\na solved conversation fires `conversation.updated`, not a second `conversation.resolved`\nuntil it is solved again.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.resolved.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.resolved.json",
    "deprecated": false
  },
  "message.created": {
    "type": "message.created",
    "category": "message",
    "action": "created",
    "title": "Message created",
    "summary": "A customer, an operator, an agent or an automation added a message to a conversation.",
    "description": "Fires once for every message that becomes part of a conversation's customer-facing\nhistory. `author.type` tells who wrote it: `customer` (inbound), `operator` (a human\nreply), `agent` (an AI answer; `data.agentAnswerId` names the `agent.answer_created` turn\nwith its citations and confidence) or `automation` (an auto-reply rule). `role` is the\nREST API's `user | assistant` view of the same fact. `data.attachments` lists the files\n(download them with the API key, never a public link), and `conversation` carries the\nconversation's status, handler, assignee and priority right after the message, so you\ncan route it without a fetch.\n\nIt never fires for internal notes: they are operator-only and never appear in any webhook.\nMessages are immutable, so there is no `message.updated` and `sequence` is always `1`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/message.created.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/message.created.json",
    "deprecated": false
  },
  "customer.created": {
    "type": "customer.created",
    "category": "customer",
    "action": "created",
    "title": "Customer created",
    "summary": "A customer profile was created.",
    "description": "Fires when Woes creates a customer profile: the first conversation from an unknown\nchannel identity, an identified widget session (HMAC-signed email or JWT) for a new\ncustomer, or a `POST` to the customers API.\n\nIt does not fire when an existing profile gains a channel identity\n(`customer.identity_linked`) or when its fields change (`customer.updated`).",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/customer.created.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/customer.created.json",
    "deprecated": false
  },
  "customer.updated": {
    "type": "customer.updated",
    "category": "customer",
    "action": "updated",
    "title": "Customer updated",
    "summary": "A customer's name, email, company or traits changed.",
    "description": "Fires when a field of the customer snapshot changes: `name`, `email`, `company`,\n`identitySource` or `traits`, through an identified widget session, an operator's edit or\nthe API. `changes` names the fields and their previous values.\n\nIt does not fire when a channel identity is linked (`customer.identity_linked`), and it\ndoes not fire when nothing changed (an identical JWT on every page view sends nothing).",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/customer.updated.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/customer.updated.json",
    "deprecated": false
  },
  "customer.identity_linked": {
    "type": "customer.identity_linked",
    "category": "customer",
    "action": "identity_linked",
    "title": "Customer identity linked",
    "summary": "A channel identity was attached to a customer profile, or an anonymous visitor became verified.",
    "description": "Fires when a channel identity (a widget visitor, a Discord user, an email address) is\nattached to a customer profile and no other profile goes away: a new channel identity,\nor an anonymous widget visitor that had no profile yet verified by an HMAC-signed email\nor a JWT. `identity` is the identity that was linked; `data` is the profile after the link.\n\nIt does not fire for the identity a profile is created with (`customer.created` already\nlists it), and it is not accompanied by `customer.updated`. When the identity already\nbelonged to another profile (a visitor who had written in, a duplicate), that profile is\nabsorbed: `customer.merged` fires instead, naming the absorbed ids.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/customer.identity_linked.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/customer.identity_linked.json",
    "deprecated": false
  },
  "issue.created": {
    "type": "issue.created",
    "category": "issue",
    "action": "created",
    "title": "Issue created",
    "summary": "A new issue was created.",
    "description": "Fires when an issue is created, by an operator, an automation, an agent's suggestion that\nan operator confirmed, or the API. An issue created from a conversation lists it in\n`conversationIds`; no separate `issue.linked` is sent for that first link.\n\nIt does not fire for drafts that were never saved.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/issue.created.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/issue.created.json",
    "deprecated": false
  },
  "issue.updated": {
    "type": "issue.updated",
    "category": "issue",
    "action": "updated",
    "title": "Issue updated",
    "summary": "An issue's title, description, status, priority or tags changed.",
    "description": "Fires when a field of the issue snapshot changes, other than a change that has its own\nevent: a new linked conversation (`issue.linked`) and resolution (`issue.resolved`).\n`changes` names the fields and their previous values.\n\nIt never fires for notes: issue notes are internal and never appear in any webhook.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/issue.updated.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/issue.updated.json",
    "deprecated": false
  },
  "issue.linked": {
    "type": "issue.linked",
    "category": "issue",
    "action": "linked",
    "title": "Issue linked",
    "summary": "A conversation was linked to an existing issue.",
    "description": "Fires when a conversation is linked to an issue that already exists, by an operator, an\nautomation or the API. `link` names the conversation; `data.conversationIds` includes it.\n\nIt does not fire for the conversation an issue is created from (`issue.created` lists it)\nand it is not accompanied by `issue.updated`. Unlinking fires `issue.updated` with\n`conversationIds` in `changes`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/issue.linked.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/issue.linked.json",
    "deprecated": false
  },
  "issue.resolved": {
    "type": "issue.resolved",
    "category": "issue",
    "action": "resolved",
    "title": "Issue resolved",
    "summary": "An issue was marked resolved.",
    "description": "Fires when an issue's `resolvedAt` is set: its status moves to the workspace's resolved\nlabel. `changes.previous` holds the status and `resolvedAt` before.\n\nIt is not accompanied by `issue.updated`. Reopening fires `issue.updated` (with\n`resolvedAt` back to `null`). Linked conversations are not resolved by it; each fires its\nown `conversation.resolved` when it is.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/issue.resolved.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/issue.resolved.json",
    "deprecated": false
  },
  "knowledge.scan_completed": {
    "type": "knowledge.scan_completed",
    "category": "knowledge",
    "action": "scan_completed",
    "title": "Knowledge scan completed",
    "summary": "A source scan finished, completely or partially.",
    "description": "Fires when a scan of a knowledge source finishes with outcome `completed` or\n`partially_completed` (some content was skipped or failed; `data.lastScan.errors` says\nwhich). It fires for the first scan and for every rescan, also when the content was\nunchanged (`contentChanged: false`; nothing was re-embedded).\n\nIt does not fire when a scan fails as a whole (`knowledge.scan_failed`). When the counts\nor the partial flag changed, `knowledge.coverage_changed` follows with a higher `sequence`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/knowledge.scan_completed.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/knowledge.scan_completed.json",
    "deprecated": false
  },
  "knowledge.scan_failed": {
    "type": "knowledge.scan_failed",
    "category": "knowledge",
    "action": "scan_failed",
    "title": "Knowledge scan failed",
    "summary": "A source scan failed as a whole.",
    "description": "Fires when a scan ends with outcome `failed`: nothing was ingested (the source was\nunreachable, credentials were rejected, the file could not be parsed). The previous\ncontent and coverage stay in use; `data.coverage` is unchanged. `data.lastScan.errors`\nsays why, without credentials or internal traces.\n\nIt does not fire for partial failures (`knowledge.scan_completed` with outcome\n`partially_completed`), and it is never followed by `knowledge.coverage_changed`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/knowledge.scan_failed.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/knowledge.scan_failed.json",
    "deprecated": false
  },
  "knowledge.coverage_changed": {
    "type": "knowledge.coverage_changed",
    "category": "knowledge",
    "action": "coverage_changed",
    "title": "Knowledge coverage changed",
    "summary": "A source's endpoint, document or chunk counts or its partial flag changed.",
    "description": "Fires after a scan when `coverage` differs from the previous scan's: the endpoint,\ndocument or chunk counts, or the `partial` flag. `changes.previous.coverage` holds the\ncoverage before. It follows the `knowledge.scan_completed` of the same scan with a higher\n`sequence`.\n\nIt does not fire when a rescan finds the same coverage, and never after a failed scan.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/knowledge.coverage_changed.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/knowledge.coverage_changed.json",
    "deprecated": false
  },
  "agent.answer_created": {
    "type": "agent.answer_created",
    "category": "agent",
    "action": "answer_created",
    "title": "Agent answer created",
    "summary": "An AI agent answered or asked a clarifying question.",
    "description": "Fires once per agent turn that produced a reply to the customer: an answer or a\nclarifying question. `data` carries the citations and the confidence signal; the reply\nitself is the `message.created` with `data.messageId`, which fires just before it.\n\nIt does not fire for turns that ended in a handoff request without a reply\n(`agent.handoff_requested`). A turn below the agent's confidence threshold that still\nanswered fires `agent.low_confidence_recorded` (`sequence: 1`) and then this event\n(`sequence: 2`) about the same turn; otherwise this event has `sequence: 1`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/agent.answer_created.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/agent.answer_created.json",
    "deprecated": false
  },
  "agent.handoff_requested": {
    "type": "agent.handoff_requested",
    "category": "agent",
    "action": "handoff_requested",
    "title": "Agent handoff requested",
    "summary": "An AI agent asked for a human operator to take over.",
    "description": "Fires when an agent requests a handoff: the customer asked for a person, confidence\nwas below the threshold, or the topic needs a human (account-specific judgment, billing,\nsecurity or legal, an upset customer, engineering). The agent keeps handling the\nconversation until an operator accepts; acceptance fires `conversation.handed_off` with\nthe same handoff `id`.\n\nIt does not fire when an operator takes over without a request\n(`conversation.handed_off` only).",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/agent.handoff_requested.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/agent.handoff_requested.json",
    "deprecated": false
  },
  "agent.low_confidence_recorded": {
    "type": "agent.low_confidence_recorded",
    "category": "agent",
    "action": "low_confidence_recorded",
    "title": "Agent low confidence recorded",
    "summary": "An agent turn scored below the agent's confidence threshold.",
    "description": "Fires for every agent turn whose `confidence.score` is below the agent's\n`confidence.threshold`, whatever the turn then did: answered anyway, asked a clarifying\nquestion, or requested a handoff (`data.outcome`). Use it to find gaps in your sources.\n\nIt does not fire for turns at or above the threshold. It is about the same resource as\nthe turn's `agent.answer_created` (`resource.object: agent_answer`, the same id) and\ncomes first: when a turn fires both, this event carries `sequence: 1` and\n`agent.answer_created` `sequence: 2`, with the same `data`. Both can arrive in either\norder; handle each (deduplicate on `id`, never on `sequence`), and let `sequence` decide\nonly which snapshot you keep. `agent.handoff_requested` is about the handoff, a\ndifferent resource, and has no order relative to it.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/agent.low_confidence_recorded.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/agent.low_confidence_recorded.json",
    "deprecated": false
  },
  "customer.deleted": {
    "type": "customer.deleted",
    "category": "customer",
    "action": "deleted",
    "title": "Customer deleted",
    "summary": "A customer profile was deleted, on request or to honour an erasure request.",
    "description": "Fires once when a customer profile is deleted: an operator deletes it, a `DELETE` to\nthe customers API, or an erasure request (`data.reason: erasure_request`). An erasure\nrequest also deletes the customer's conversations: each fires its own\n`conversation.deleted` first, then this event. Delete or anonymise your copy.\n\n`data` is a tombstone, never the erased content: the kind, the id, when and why.\nIts `sequence` is one higher than the last event about the customer, and nothing about\nthis customer id follows it; keep the tombstone for 14 days (the longest a delivery can\nstill arrive, see Recovering after a failure) so an older event that arrives late does\nnot bring the record back. It does not fire for a profile absorbed into another\none: that is `customer.merged`, which names the absorbed ids.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/customer.deleted.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/customer.deleted.json",
    "deprecated": false
  },
  "customer.merged": {
    "type": "customer.merged",
    "category": "customer",
    "action": "merged",
    "title": "Customer merged",
    "summary": "One or more customer profiles were absorbed into another; the absorbed ids stop existing.",
    "description": "Fires when customer profiles are merged: a duplicate, or the profile Woes created for\nan anonymous visitor, is absorbed into a surviving profile. That happens when an\noperator merges duplicates, through the API, or when an anonymous visitor who already\nhad a profile (they had written in) is verified by an HMAC-signed email or a JWT as a\nknown customer. `resource` and `data` are the surviving profile after the merge, with\nthe absorbed identities in `data.identities`; `merge.absorbedIds` are the profiles that\nstop existing. Re-point what you keyed on an absorbed id, then drop it: no event about an\nabsorbed id follows, not even `customer.deleted`. Their conversations move to the\nsurvivor, and each fires `conversation.updated` with `customer` in `changes`.\n\nIt does not fire when a channel identity is attached and no profile goes away: that\nis `customer.identity_linked` (a new Discord account, or a visitor verified before\nWoes had created a profile for them). One rule decides: a profile stops existing,\n`customer.merged`; only an identity moves, `customer.identity_linked`. It is not\naccompanied by `customer.updated` or `customer.identity_linked`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/customer.merged.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/customer.merged.json",
    "deprecated": false
  },
  "conversation.deleted": {
    "type": "conversation.deleted",
    "category": "conversation",
    "action": "deleted",
    "title": "Conversation deleted",
    "summary": "A conversation and its messages were deleted.",
    "description": "Fires once when a conversation is deleted with its messages: an operator deletes it\n(spam, a test), a `DELETE` to the conversations API, or an erasure request for its\ncustomer (`data.reason: erasure_request`, before that customer's `customer.deleted`).\nDelete your copy and the messages you stored under `data.id`. Issues it was linked to\neach fire `issue.updated` with `conversationIds` in `changes`.\n\n`data` is a tombstone, never the erased content: the kind, the id, when and why, and the\ncustomer and channel a mirror files the conversation under. Its `sequence` is one\nhigher than the last event about the conversation, and nothing about this conversation\nfollows it; keep the tombstone for 14 days (the longest a delivery can still arrive) so\nan older event that arrives late does not bring the record back. No `message.deleted` is sent for its messages. Archiving is not\ndeleting: it fires `conversation.updated` with `archivedAt`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.deleted.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.deleted.json",
    "deprecated": false
  },
  "conversation.rated": {
    "type": "conversation.rated",
    "category": "conversation",
    "action": "rated",
    "title": "Conversation rated",
    "summary": "A customer answered a CSAT survey about a conversation.",
    "description": "Fires when a customer answers a CSAT survey (the **CSAT completed** automation trigger):\n`data.score` from 1 (very dissatisfied) to 5 (very satisfied), an optional comment, the\nconversation and the customer, and when the survey was requested and answered. A customer\nwho changes their answer while the survey is open fires it again with the same\n`data.id` and a higher `sequence`.\n\nIt does not fire when a survey is sent (that is an action, not a result), when it\nexpires unanswered, or for a survey opened without choosing a score. It is about the\nCSAT response (`resource.object: csat_response`), not the conversation, so it does not\nmove the conversation's `sequence` and is not accompanied by `conversation.updated`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.rated.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.rated.json",
    "deprecated": false
  },
  "conversation.sla_status_changed": {
    "type": "conversation.sla_status_changed",
    "category": "conversation",
    "action": "sla_status_changed",
    "title": "Conversation SLA status changed",
    "summary": "An SLA target of a conversation became at risk, breached, achieved or cancelled.",
    "description": "Fires when an SLA target of a conversation changes status: `at_risk` (less than the\npolicy's warning time is left before `dueAt`), `breached` (`dueAt` passed without the\nresponse or resolution; the **SLA breached** automation trigger), `achieved` (met in\ntime) or `cancelled` (no longer applies: the conversation was solved before a\nresponse target came due, or the SLA was removed). `data.target` says which target:\n`first_response`, `next_response` or `resolution`. `changes.previous.status` holds the\nstatus before.\n\nIt does not fire when a target starts (`active`): `data.startedAt` and `data.dueAt`\ncome with its first change. A `breached` target stays breached when the response comes\nlate, so no `achieved` follows it. Each customer message that needs a reply starts a new\n`next_response` target with a new `data.id`. It is about the target\n(`resource.object: sla_target`) and does not move the conversation's `sequence`.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/conversation.sla_status_changed.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/conversation.sla_status_changed.json",
    "deprecated": false
  },
  "webhook.test": {
    "type": "webhook.test",
    "category": "webhook",
    "action": "test",
    "title": "Webhook test",
    "summary": "A test delivery, sent on request. Carries no customer data.",
    "description": "Fires only on request: **Settings → Webhooks → Send test event**, or\n`woes-webhooks send webhook.test`. It is signed and retried like every other event, so it\nproves the endpoint URL, the secret and the verification code end to end.\n\nIt never fires on its own and carries no customer data. Answer `2xx`; there is nothing\nto process.",
    "schemaId": "https://docs.woes.dev/schemas/webhooks/events/webhook.test.json",
    "strictSchemaId": "https://docs.woes.dev/schemas/webhooks/strict/events/webhook.test.json",
    "deprecated": false
  }
};

/** `DELIVERY.signing.scheme`. */
export const DELIVERY_SIGNING_SCHEME = "standard-webhooks" as const;

/** `DELIVERY.signing.schemeVersion`. */
export const DELIVERY_SIGNING_SCHEME_VERSION = "1.0.0" as const;

/** `DELIVERY.signing.headers`. */
export const DELIVERY_SIGNING_HEADERS = {
  "id": "webhook-id",
  "timestamp": "webhook-timestamp",
  "signature": "webhook-signature"
} as const;

/** `DELIVERY.signing.signedContent`. */
export const DELIVERY_SIGNING_SIGNED_CONTENT = "{webhook-id}.{webhook-timestamp}.{body}" as const;

/** `DELIVERY.signing.toleranceSeconds`. */
export const DELIVERY_SIGNING_TOLERANCE_SECONDS = 300 as const;

/** `DELIVERY.signing.symmetric`. */
export const DELIVERY_SIGNING_SYMMETRIC = {
  "version": "v1",
  "algorithm": "HMAC-SHA256",
  "secretPrefix": "whsec_",
  "secretMinBytes": 24,
  "secretMaxBytes": 64
} as const;

/** `DELIVERY.signing.asymmetric`. */
export const DELIVERY_SIGNING_ASYMMETRIC = {
  "version": "v1a",
  "algorithm": "ed25519",
  "signingKeyPrefix": "whsk_",
  "publicKeyPrefix": "whpk_"
} as const;

/** `DELIVERY.signing.rotation`. */
export const DELIVERY_SIGNING_ROTATION = {
  "overlapSeconds": 86400,
  "description": "After a rotation Woes signs every delivery with both the old and the new secret for 24 hours, so the signature header carries two `v1` entries. Accept the delivery when any entry matches any secret you hold."
} as const;

/** `DELIVERY.signing.exampleSecret`. */
export const DELIVERY_SIGNING_EXAMPLE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" as const;

/** `DELIVERY.signing.exampleSecretNote`. */
export const DELIVERY_SIGNING_EXAMPLE_SECRET_NOTE = "The secret the spec's example signatures were made with (the Standard Webhooks test secret). Public; never use it for a real endpoint." as const;

/** `DELIVERY.signing`. */
export const DELIVERY_SIGNING = {
  "scheme": DELIVERY_SIGNING_SCHEME,
  "schemeVersion": DELIVERY_SIGNING_SCHEME_VERSION,
  "headers": DELIVERY_SIGNING_HEADERS,
  "signedContent": DELIVERY_SIGNING_SIGNED_CONTENT,
  "toleranceSeconds": DELIVERY_SIGNING_TOLERANCE_SECONDS,
  "symmetric": DELIVERY_SIGNING_SYMMETRIC,
  "asymmetric": DELIVERY_SIGNING_ASYMMETRIC,
  "rotation": DELIVERY_SIGNING_ROTATION,
  "exampleSecret": DELIVERY_SIGNING_EXAMPLE_SECRET,
  "exampleSecretNote": DELIVERY_SIGNING_EXAMPLE_SECRET_NOTE,
} as const;

/** `DELIVERY.retries.scheduleSeconds`. */
export const DELIVERY_RETRIES_SCHEDULE_SECONDS = [
  0,
  5,
  300,
  1800,
  7200,
  18000,
  36000,
  36000
] as const;

/** `DELIVERY.retries.attemptTimeoutSeconds`. */
export const DELIVERY_RETRIES_ATTEMPT_TIMEOUT_SECONDS = 15 as const;

/** `DELIVERY.retries.success`. */
export const DELIVERY_RETRIES_SUCCESS = "Any 2xx status within the attempt timeout." as const;

/** `DELIVERY.retries.failure`. */
export const DELIVERY_RETRIES_FAILURE = "Any 3xx (redirects are never followed), any 4xx or 5xx, a timeout, or a connection or TLS error." as const;

/** `DELIVERY.retries.disableStatus`. */
export const DELIVERY_RETRIES_DISABLE_STATUS = 410 as const;

/** `DELIVERY.retries.retryAfterStatuses`. */
export const DELIVERY_RETRIES_RETRY_AFTER_STATUSES = [
  429,
  503
] as const;

/** `DELIVERY.retries.retryAfterMaxSeconds`. */
export const DELIVERY_RETRIES_RETRY_AFTER_MAX_SECONDS = 86400 as const;

/** `DELIVERY.retries.terminalState`. */
export const DELIVERY_RETRIES_TERMINAL_STATE = "failed" as const;

/** `DELIVERY.retries.disableAfterSeconds`. */
export const DELIVERY_RETRIES_DISABLE_AFTER_SECONDS = 432000 as const;

/** `DELIVERY.retries.jitter`. */
export const DELIVERY_RETRIES_JITTER = {
  "maxFraction": 0.1,
  "description": "Each wait before a retry is lengthened by a random 0 to 10%, never shortened: the schedule is the earliest each attempt comes. Endpoints that failed in the same outage (a cloud region, a shared gateway) then get their retries spread over minutes to an hour instead of all in the same second, as Standard Webhooks recommends. A `retry-after` time is kept as given, without jitter."
} as const;

/** `DELIVERY.retries.description`. */
export const DELIVERY_RETRIES_DESCRIPTION = "Each delivery is attempted up to 8 times; `scheduleSeconds[i]` is the wait before attempt\n`i + 1`, counted from the end of the previous attempt (about 27.6 hours in all), each wait\nlengthened by up to `jitter.maxFraction` (so at most about 30.3 hours). A `429` or\n`503` with a `retry-after` header postpones the next attempt to that time when it is later\nthan the schedule, up to `retryAfterMaxSeconds`. After the last failed attempt the delivery\nis `failed`; it can be resent, one at a time or all since a chosen time, for 14 days after\nits event, with the same `webhook-id` (Recovering after a failure). A `410`\ndisables the endpoint at once; an endpoint whose deliveries have all failed for\n`disableAfterSeconds` (5 days) is disabled too, and workspace admins are emailed.\n" as const;

/** `DELIVERY.retries`. */
export const DELIVERY_RETRIES = {
  "scheduleSeconds": DELIVERY_RETRIES_SCHEDULE_SECONDS,
  "attemptTimeoutSeconds": DELIVERY_RETRIES_ATTEMPT_TIMEOUT_SECONDS,
  "success": DELIVERY_RETRIES_SUCCESS,
  "failure": DELIVERY_RETRIES_FAILURE,
  "disableStatus": DELIVERY_RETRIES_DISABLE_STATUS,
  "retryAfterStatuses": DELIVERY_RETRIES_RETRY_AFTER_STATUSES,
  "retryAfterMaxSeconds": DELIVERY_RETRIES_RETRY_AFTER_MAX_SECONDS,
  "terminalState": DELIVERY_RETRIES_TERMINAL_STATE,
  "disableAfterSeconds": DELIVERY_RETRIES_DISABLE_AFTER_SECONDS,
  "jitter": DELIVERY_RETRIES_JITTER,
  "description": DELIVERY_RETRIES_DESCRIPTION,
} as const;

/** `DELIVERY.concurrency.maxInFlightPerEndpoint`. */
export const DELIVERY_CONCURRENCY_MAX_IN_FLIGHT_PER_ENDPOINT = 10 as const;

/** `DELIVERY.concurrency.perResourceSerialized`. */
export const DELIVERY_CONCURRENCY_PER_RESOURCE_SERIALIZED = false as const;

/** `DELIVERY.concurrency.description`. */
export const DELIVERY_CONCURRENCY_DESCRIPTION = "Woes keeps at most 10 deliveries to one endpoint in flight at a time, whatever their event\ntypes: first attempts, retries and recovered deliveries share them, and each endpoint has\nits own 10. A slow endpoint therefore gets fewer requests, never more: one that takes the\nwhole 15-second attempt timeout sees under one request per second, one that answers in\n100 ms up to about 100. While all 10 are busy the next deliveries wait at Woes, and a wait\nthere uses up none of their attempts. The limit is per endpoint, not per resource: two\nevents about the same resource can be in flight at once and finish in either order. Woes\ndoes not hold back the next event about a resource until the one before is delivered,\nbecause one failing delivery would then stall every later event about it for the whole\nretry schedule; `sequence` tells which snapshot is newer instead (Ordering).\n" as const;

/** `DELIVERY.concurrency`. */
export const DELIVERY_CONCURRENCY = {
  "maxInFlightPerEndpoint": DELIVERY_CONCURRENCY_MAX_IN_FLIGHT_PER_ENDPOINT,
  "perResourceSerialized": DELIVERY_CONCURRENCY_PER_RESOURCE_SERIALIZED,
  "description": DELIVERY_CONCURRENCY_DESCRIPTION,
} as const;

/** `DELIVERY.network.publishedSenderAddresses`. */
export const DELIVERY_NETWORK_PUBLISHED_SENDER_ADDRESSES = false as const;

/** `DELIVERY.network.description`. */
export const DELIVERY_NETWORK_DESCRIPTION = "Woes does not publish the IP addresses it delivers from, on purpose, and they are not\nfixed (Stripe, Svix and GitHub publish theirs; Woes chose the other way). Deliveries leave through its cloud provider's shared, autoscaled egress: the\naddresses change without notice and are shared with the provider's other customers, so an\nallowlist would both refuse deliveries after the next change and admit anyone else sending\nfrom those addresses. What proves a delivery comes from Woes is its signature (Signing and\nverification): verify it, with the timestamp check, on every request and refuse what\nfails. If your network must filter inbound traffic, end it at a gateway or reverse proxy\nthat verifies the signature before it forwards anything, and allow HTTPS to that gateway\nfrom anywhere. The `user-agent` header is informational and proves nothing. Should Woes\never deliver from fixed addresses, it will publish them as a list you can fetch and\nannounce the change in the changelog first.\n" as const;

/** `DELIVERY.network`. */
export const DELIVERY_NETWORK = {
  "publishedSenderAddresses": DELIVERY_NETWORK_PUBLISHED_SENDER_ADDRESSES,
  "description": DELIVERY_NETWORK_DESCRIPTION,
} as const;

/** `DELIVERY.idempotency.key`. */
export const DELIVERY_IDEMPOTENCY_KEY = "webhook-id" as const;

/** `DELIVERY.idempotency.payloadField`. */
export const DELIVERY_IDEMPOTENCY_PAYLOAD_FIELD = "id" as const;

/** `DELIVERY.idempotency.rememberForSeconds`. */
export const DELIVERY_IDEMPOTENCY_REMEMBER_FOR_SECONDS = 1209600 as const;

/** `DELIVERY.idempotency.description`. */
export const DELIVERY_IDEMPOTENCY_DESCRIPTION = "The same event can arrive more than once: a retry after a timeout the receiver actually\nprocessed, a manual redelivery, or two deliveries in flight. Each keeps its `webhook-id`\n(equal to the payload `id`) and gets a new `webhook-timestamp` and signature. Record the id\nonce its side effects are committed and skip ids you have seen. Keep ids for 14 days: every\ndelivery of an event, from the first attempt to the last resend or recovery, happens\nwithin 14 days of its `occurredAt` (Recovering after a failure).\n\nThe same event does not always come as the same bytes: a body's exact bytes are not\ncanonical, and Woes may change its spacing and escaping (`\\u00e9` for `é`, `\\/` for `/`)\nbetween deliveries. Verify the signature over the raw bytes you received, never over JSON\nyou parsed and serialized again, and dedupe on the id, never on a hash of the body.\n" as const;

/** `DELIVERY.idempotency`. */
export const DELIVERY_IDEMPOTENCY = {
  "key": DELIVERY_IDEMPOTENCY_KEY,
  "payloadField": DELIVERY_IDEMPOTENCY_PAYLOAD_FIELD,
  "rememberForSeconds": DELIVERY_IDEMPOTENCY_REMEMBER_FOR_SECONDS,
  "description": DELIVERY_IDEMPOTENCY_DESCRIPTION,
} as const;

/** `DELIVERY.ordering.guarantee`. */
export const DELIVERY_ORDERING_GUARANTEE = "none" as const;

/** `DELIVERY.ordering.sequenceField`. */
export const DELIVERY_ORDERING_SEQUENCE_FIELD = "sequence" as const;

/** `DELIVERY.ordering.sequenceScope`. */
export const DELIVERY_ORDERING_SEQUENCE_SCOPE = "resource" as const;

/** `DELIVERY.ordering.description`. */
export const DELIVERY_ORDERING_DESCRIPTION = "Deliveries are not ordered: retries, parallel delivery and network paths let a later event\narrive first, across and within resources. Within one resource (`resource.object` and\n`resource.id`) every event carries a `sequence` that increases in the order the changes\nhappened, across all event types about it. Keep the highest `sequence` applied per resource\nand ignore an event whose `sequence` is not higher when it would replace newer state (a\nsnapshot in `data`). Events that only add something, like `message.created`, can be applied\nin any order. `sequence` decides which snapshot you keep, never whether you handle an event:\ndeduplicate on `id` only, so two events about the same resource (`agent.low_confidence_recorded`\nand `agent.answer_created` about one turn) are both handled whatever order they arrive in.\nA deletion (`customer.deleted`, `conversation.deleted`) has the highest `sequence` of its\nresource and nothing follows it: keep its tombstone so a late, older event does not\nrecreate the record.\n" as const;

/** `DELIVERY.ordering`. */
export const DELIVERY_ORDERING = {
  "guarantee": DELIVERY_ORDERING_GUARANTEE,
  "sequenceField": DELIVERY_ORDERING_SEQUENCE_FIELD,
  "sequenceScope": DELIVERY_ORDERING_SEQUENCE_SCOPE,
  "description": DELIVERY_ORDERING_DESCRIPTION,
} as const;

/** `DELIVERY.limits.maxPayloadBytes`. */
export const DELIVERY_LIMITS_MAX_PAYLOAD_BYTES = 65536 as const;

/** `DELIVERY.limits.overflow`. */
export const DELIVERY_LIMITS_OVERFLOW = {
  "strategy": "truncate",
  "flagField": "truncated",
  "marker": "…",
  "cuts": [
    {
      "field": "changes.previous",
      "keepCharacters": 200,
      "read": null,
      "description": "The value a text field had before the change. Woes keeps no history you can read, so the rest of it is gone; the current value is whole in `data` unless `truncated` lists that too."
    },
    {
      "field": "data.body",
      "keepCharacters": 1000,
      "read": "GET /conversations/{conversationId}/messages",
      "description": "The message text. The conversation's messages carry it whole: find the message by `data.id`."
    },
    {
      "field": "data.description",
      "keepCharacters": 1000,
      "read": null,
      "description": "The issue description. Issues have no REST read, so the whole text cannot be had through the API; it shows in full on the issue in Woes."
    },
    {
      "field": "data.customerMessage.excerpt",
      "keepCharacters": 100,
      "read": "GET /conversations/{conversationId}/messages",
      "description": "The excerpt of the customer's question. The whole message is among the conversation's messages: find it by `data.customerMessage.id`."
    },
    {
      "field": "data.comment",
      "keepCharacters": 500,
      "read": null,
      "description": "The CSAT comment. CSAT responses have no REST read, so the whole comment cannot be had through the API; it shows in full on the conversation in Woes."
    }
  ]
} as const;

/** `DELIVERY.limits.description`. */
export const DELIVERY_LIMITS_DESCRIPTION = "A delivery body is at most 64 KiB of UTF-8 JSON. A larger body does not come from Woes; refuse\nit with 413 once it passes the limit (or its content-length declares more), before verifying\nit and without reading the rest. Every string and array in the payloads has a bound, chosen so that the\nlargest event the schemas allow fits even when every character takes 3 bytes of UTF-8.\nOnly control characters, which JSON escapes to 6 bytes each, can push an event past the\nlimit. Then Woes cuts the fields in `overflow.cuts`, in that order, until the body fits:\neach keeps its first `keepCharacters` characters followed by `…` (in `changes.previous`,\nevery text value longer than that), and the event's `truncated` lists the JSON pointers of\nthe cut fields. Only a message's text can be read again in full (`read`, relative to the\nREST base URL in Fetching more); an issue description, a CSAT comment and a previous value\ncannot be had in full.\n" as const;

/** `DELIVERY.limits`. */
export const DELIVERY_LIMITS = {
  "maxPayloadBytes": DELIVERY_LIMITS_MAX_PAYLOAD_BYTES,
  "overflow": DELIVERY_LIMITS_OVERFLOW,
  "description": DELIVERY_LIMITS_DESCRIPTION,
} as const;

/** `DELIVERY.versioning.scheme`. */
export const DELIVERY_VERSIONING_SCHEME = "semver" as const;

/** `DELIVERY.versioning.envelopeField`. */
export const DELIVERY_VERSIONING_ENVELOPE_FIELD = "apiVersion" as const;

/** `DELIVERY.versioning.bumps`. */
export const DELIVERY_VERSIONING_BUMPS = {
  "breaking": "major",
  "policy": "minor",
  "non-breaking": "minor",
  "docs": "patch"
} as const;

/** `DELIVERY.versioning.gate`. */
export const DELIVERY_VERSIONING_GATE = [
  "breaking",
  "policy"
] as const;

/** `DELIVERY.versioning.deprecationWindowDays`. */
export const DELIVERY_VERSIONING_DEPRECATION_WINDOW_DAYS = 180 as const;

/** `DELIVERY.versioning.markers`. */
export const DELIVERY_VERSIONING_MARKERS = {
  "property": "`deprecated: true` on a payload schema property",
  "event": "`x-woes-deprecated: true` on a message"
} as const;

/** `DELIVERY.versioning.releases`. */
export const DELIVERY_VERSIONING_RELEASES = "releases/<version>.yaml" as const;

/** `DELIVERY.versioning.description`. */
export const DELIVERY_VERSIONING_DESCRIPTION = "`info.version` is semver and describes this document, so it moves with every change that\nneeds it: a breaking change is a major version, a delivery-policy change (retry schedule,\ntimeouts, signature tolerance, size limit) or a new event or field is a minor version, a\nwording or example change is a patch. `npm run diff` classifies every change between\ntwo versions and CI fails when a `breaking` or `policy` change arrives without that bump,\nand when anything at all changed while `info.version` stayed the same: a version names\nexactly one document, so even a reworded description needs at least a patch.\n\nA breaking change also ships a new payload version in the envelope's `apiVersion` (`v1`,\nthen `v2`, as in the REST API's `/api/v1`). Every endpoint is pinned to the `apiVersion` it\nwas created with and keeps receiving that shape for the deprecation window (180 days)\nafter the new version ships; its owner moves it to the new version in **Settings →\nWebhooks** when ready. Non-breaking changes reach every pinned version at once, so\nreceivers must ignore unknown fields and tolerate unknown values of open enums.\n\nBefore a field or an event goes away it is marked deprecated for at least one\ndeprecation window: `deprecated: true` on the property (shown in the docs and as\n`@deprecated` in the generated types) or `x-woes-deprecated: true` on the message. Each\nreleased version is frozen in `releases/<version>.yaml`; the docs changelog is generated\nfrom the classified differences between consecutive releases.\n" as const;

/** `DELIVERY.versioning`. */
export const DELIVERY_VERSIONING = {
  "scheme": DELIVERY_VERSIONING_SCHEME,
  "envelopeField": DELIVERY_VERSIONING_ENVELOPE_FIELD,
  "bumps": DELIVERY_VERSIONING_BUMPS,
  "gate": DELIVERY_VERSIONING_GATE,
  "deprecationWindowDays": DELIVERY_VERSIONING_DEPRECATION_WINDOW_DAYS,
  "markers": DELIVERY_VERSIONING_MARKERS,
  "releases": DELIVERY_VERSIONING_RELEASES,
  "description": DELIVERY_VERSIONING_DESCRIPTION,
} as const;

/** `DELIVERY.fetching.baseUrl`. */
export const DELIVERY_FETCHING_BASE_URL = "https://woes.dev/api/v1" as const;

/** `DELIVERY.fetching.authentication`. */
export const DELIVERY_FETCHING_AUTHENTICATION = {
  "header": "Authorization",
  "scheme": "Bearer",
  "keyPrefix": "woesk_",
  "where": "**Settings → Keys**",
  "description": "Send the workspace API key (`woesk_…`, created in **Settings → Keys**, shown once) as `Authorization: Bearer woesk_…`. It reads the workspace the events came from; an id from another workspace answers `404`. Keep the key on your server, never in a browser or in the webhook endpoint's logs."
} as const;

/** `DELIVERY.fetching.kinds`. */
export const DELIVERY_FETCHING_KINDS = {
  "conversation": {
    "read": "GET /conversations/{id}",
    "description": "The conversation in the same shape as `data` of the `conversation.*` events."
  },
  "message": {
    "read": "GET /conversations/{conversationId}/messages",
    "description": "The conversation's messages, newest first; find the message by `id`. There is no read of a single message."
  },
  "attachment": {
    "read": "GET /conversations/{conversationId}/messages/{messageId}/attachments/{id}",
    "description": "The file's bytes with its `content-type`. Never a public link; the same API key authorizes it."
  },
  "customer": {
    "read": null,
    "description": "No REST read. `GET /conversations/{id}` embeds the customer summary; keep the latest `customer.*` snapshot for the full profile."
  },
  "issue": {
    "read": null,
    "description": "No REST read. Keep the latest `issue.*` snapshot."
  },
  "source": {
    "read": null,
    "description": "No REST read. Keep the latest `knowledge.*` snapshot; **Knowledge → Sources** shows the rest."
  },
  "agent_answer": {
    "read": null,
    "description": "No REST read. The `agent.*` events carry the whole turn; the reply itself is a message."
  },
  "handoff": {
    "read": null,
    "description": "No REST read. `agent.handoff_requested` and `conversation.handed_off` carry it whole."
  },
  "csat_response": {
    "read": null,
    "description": "No REST read. `conversation.rated` carries it whole."
  },
  "sla_target": {
    "read": null,
    "description": "No REST read. `conversation.sla_status_changed` carries it whole."
  },
  "webhook_endpoint": {
    "read": null,
    "description": "No REST read. Endpoints are managed in **Settings → Webhooks**."
  },
  "operator": {
    "read": null,
    "description": "No REST read. Operators are workspace members; map their ids in **Settings → Members**."
  },
  "team": {
    "read": null,
    "description": "No REST read. Map team ids in **Settings → Teams**."
  },
  "agent": {
    "read": null,
    "description": "No REST read. Map agent ids in **Agents**."
  },
  "automation": {
    "read": null,
    "description": "No REST read. Map rule ids in **Automations**."
  },
  "identity": {
    "read": null,
    "description": "No REST read. Identities come inside the customer snapshot."
  },
  "scan": {
    "read": null,
    "description": "No REST read. The latest scan comes inside the source snapshot (`lastScan`)."
  },
  "sla_policy": {
    "read": null,
    "description": "No REST read. SLA policies are set in **Settings → SLAs**."
  },
  "workspace": {
    "read": null,
    "description": "No REST read. The API key belongs to exactly one workspace."
  }
} as const;

/** `DELIVERY.fetching.fields`. */
export const DELIVERY_FETCHING_FIELDS = [
  {
    "field": "resource.id",
    "kind": "the kind in resource.object"
  },
  {
    "field": "workspaceId",
    "kind": "workspace"
  },
  {
    "field": "actor.id",
    "kind": "the kind in actor.type"
  },
  {
    "field": "data.id",
    "kind": "the kind in data.object"
  },
  {
    "field": "data.conversationId",
    "kind": "conversation"
  },
  {
    "field": "data.conversationIds[]",
    "kind": "conversation"
  },
  {
    "field": "data.customer.id",
    "kind": "customer"
  },
  {
    "field": "data.customerId",
    "kind": "customer"
  },
  {
    "field": "data.agentId",
    "kind": "agent"
  },
  {
    "field": "data.assignee.id",
    "kind": "the kind in data.assignee.type"
  },
  {
    "field": "conversation.assignee.id",
    "kind": "the kind in conversation.assignee.type"
  },
  {
    "field": "data.author.id",
    "kind": "the kind in data.author.type"
  },
  {
    "field": "data.messageId",
    "kind": "message"
  },
  {
    "field": "data.customerMessage.id",
    "kind": "message"
  },
  {
    "field": "data.agentAnswerId",
    "kind": "agent_answer"
  },
  {
    "field": "data.attachments[].id",
    "kind": "attachment"
  },
  {
    "field": "data.identities[].id",
    "kind": "identity"
  },
  {
    "field": "identity.id",
    "kind": "identity"
  },
  {
    "field": "merge.absorbedIds[]",
    "kind": "customer"
  },
  {
    "field": "link.conversationId",
    "kind": "conversation"
  },
  {
    "field": "handoff.id",
    "kind": "handoff"
  },
  {
    "field": "handoff.conversationId",
    "kind": "conversation"
  },
  {
    "field": "handoff.agentId",
    "kind": "agent"
  },
  {
    "field": "handoff.operatorId",
    "kind": "operator"
  },
  {
    "field": "data.operatorId",
    "kind": "operator"
  },
  {
    "field": "data.citations[].sourceId",
    "kind": "source"
  },
  {
    "field": "data.lastScan.id",
    "kind": "scan"
  },
  {
    "field": "data.policyId",
    "kind": "sla_policy"
  },
  {
    "field": "data.endpointId",
    "kind": "webhook_endpoint"
  }
] as const;

/** `DELIVERY.fetching.resourceUrl`. */
export const DELIVERY_FETCHING_RESOURCE_URL = false as const;

/** `DELIVERY.fetching.description`. */
export const DELIVERY_FETCHING_DESCRIPTION = "Events carry ids, not links. Build a read from the base URL, the path of the id's kind, and\nthe ids in the event; authenticate with the workspace API key. Only conversations,\ntheir messages and attachments have a REST read today; every other kind says so, and its\nevents carry the whole resource, so keep the latest snapshot.\n\n`resource` has no `url`, on purpose: the base URL and the paths are stated once here, so\nthe signed payload does not freeze a host or an API version, most kinds have no read to\nlink to (a `url` would be `null` in most events), and a receiver that fetches needs the\nAPI key anyway, which a link does not carry.\n" as const;

/** `DELIVERY.fetching`. */
export const DELIVERY_FETCHING = {
  "baseUrl": DELIVERY_FETCHING_BASE_URL,
  "authentication": DELIVERY_FETCHING_AUTHENTICATION,
  "kinds": DELIVERY_FETCHING_KINDS,
  "fields": DELIVERY_FETCHING_FIELDS,
  "resourceUrl": DELIVERY_FETCHING_RESOURCE_URL,
  "description": DELIVERY_FETCHING_DESCRIPTION,
} as const;

/** `DELIVERY.recovery.resendableForSeconds`. */
export const DELIVERY_RECOVERY_RESENDABLE_FOR_SECONDS = 1209600 as const;

/** `DELIVERY.recovery.bulk`. */
export const DELIVERY_RECOVERY_BULK = {
  "dashboard": "**Settings → Webhooks → (your endpoint) → Recover deliveries**, then pick the start time and **Failed only**.",
  "api": "POST /webhook-endpoints/{endpointId}/recover",
  "body": "{ \"since\": \"2026-06-28T18:00:00.000Z\" }",
  "deliveriesPerSecond": 20,
  "description": "Resends every delivery to the endpoint whose last state is `failed` and whose event occurred at or after `since` (at most 14 days ago), oldest event first, each with its original `webhook-id` and a fresh timestamp and signature. Recovered deliveries go out at up to 20 per second, within the endpoint's deliveries in flight and beside new events, so 50,000 take about 42 minutes. Authenticate as in Fetching more (`Authorization` with the workspace API key). Answers `202` with the number of deliveries queued; a second call while one runs answers `409`."
} as const;

/** `DELIVERY.recovery.replay`. */
export const DELIVERY_RECOVERY_REPLAY = {
  "delivered": true,
  "forSeconds": 1209600,
  "body": "{ \"since\": \"2026-06-28T18:00:00.000Z\", \"include\": \"all\" }",
  "description": "With `\"include\": \"all\"` (the default is `\"failed\"`) the same call resends every event sent or recorded for the endpoint whose event occurred at or after `since`, delivered or not, for 14 days after the event: the way back for a receiver restored from a backup. Choose `since` at or before the moment the backup was taken. Each event keeps its `webhook-id`, so your deduplication skips what the restored store already holds and applies the rest, and `sequence` settles which snapshot is newer. In the dashboard, pick **All deliveries** instead of **Failed only**."
} as const;

/** `DELIVERY.recovery.whileDisabled`. */
export const DELIVERY_RECOVERY_WHILE_DISABLED = "recorded" as const;

/** `DELIVERY.recovery.afterReenable`. */
export const DELIVERY_RECOVERY_AFTER_REENABLE = "manual" as const;

/** `DELIVERY.recovery.description`. */
export const DELIVERY_RECOVERY_DESCRIPTION = "A delivery that fails all its attempts is `failed`. It stays resendable for 14 days after\nits event occurred: one at a time from the endpoint's delivery log, or all at once since a\ntime you pick, from the dashboard or the API (`bulk`). Events that happen while an endpoint\nis disabled are recorded for it as `failed` without an attempt; re-enabling sends nothing\nby itself, so recover since the moment the endpoint was disabled (the dashboard offers that\ntime). A weekend outage therefore ends with one call: recover since Friday. A receiver\nrestored from a backup replays everything since the backup, delivered or not (`replay`).\n\nWhy 14 days: Svix recovers from a timestamp and GitHub redelivers on request, while\nStripe retries for 3 days and keeps 30 days of events. Our retries give up after about\n27.6 hours (30.3 with jitter) and an endpoint failing for 5 days is disabled, so a shorter window would\nexpire while a disabled endpoint waits for its owner; 14 days covers the 5 days before\ndisabling, a week's holiday and a margin. It is also the deduplication window\n(Idempotency): every delivery of an event, retried, resent or recovered, happens within\n14 days of `occurredAt`, so a receiver that remembers ids for 14 days never applies an\nevent twice. Older events are not resent and cannot be replayed: read conversations and\nmessages again through the REST API (Fetching more); every other kind has no REST read, and\nthe next event about a resource carries it whole.\n" as const;

/** `DELIVERY.recovery`. */
export const DELIVERY_RECOVERY = {
  "resendableForSeconds": DELIVERY_RECOVERY_RESENDABLE_FOR_SECONDS,
  "bulk": DELIVERY_RECOVERY_BULK,
  "replay": DELIVERY_RECOVERY_REPLAY,
  "whileDisabled": DELIVERY_RECOVERY_WHILE_DISABLED,
  "afterReenable": DELIVERY_RECOVERY_AFTER_REENABLE,
  "description": DELIVERY_RECOVERY_DESCRIPTION,
} as const;

/** `DELIVERY.content.userTextVerbatim`. */
export const DELIVERY_CONTENT_USER_TEXT_VERBATIM = true as const;

/** `DELIVERY.content.redactsSecrets`. */
export const DELIVERY_CONTENT_REDACTS_SECRETS = true as const;

/** `DELIVERY.content.redaction`. */
export const DELIVERY_CONTENT_REDACTION = {
  "replacement": "[redacted]",
  "detects": [
    "Woes workspace API keys (`woesk_…`)",
    "webhook secrets and signing keys (`whsec_…`, `whsk_…`)",
    "private key blocks (`-----BEGIN … PRIVATE KEY-----`)",
    "provider keys with a published format: Stripe (`sk_live_…`, `rk_live_…`), AWS (`AKIA…`), GitHub (`ghp_…`, `github_pat_…`), Slack (`xox…`), OpenAI and Anthropic (`sk-…`)"
  ]
} as const;

/** `DELIVERY.content.fields`. */
export const DELIVERY_CONTENT_FIELDS = [
  "data.body",
  "data.preview",
  "data.subject",
  "data.description",
  "data.title",
  "data.comment",
  "data.customerMessage.excerpt",
  "data.citations[].excerpt",
  "data.lastScan.errors[].message",
  "data.note",
  "data.traits",
  "data.customFields",
  "data.name",
  "data.company"
] as const;

/** `DELIVERY.content.description`. */
export const DELIVERY_CONTENT_DESCRIPTION = "Payloads carry what people wrote, verbatim: message bodies and previews, subjects, issue\ntitles and descriptions, CSAT comments, the excerpt of the customer's question in agent\nevents, citation excerpts, scan error messages, traits and custom field values. That is\npersonal data and user content: store it as such, and delete it on `customer.deleted` and\n`conversation.deleted`.\n\nCustomers paste keys into support chats. Before sending, Woes replaces every secret it\ndetects in these fields with `[redacted]` (the formats in `redaction.detects`). Detection\nis by known formats, so it is best effort: a secret in a format Woes does not know passes\nthrough verbatim. Woes itself never puts credentials, webhook secrets, API keys, passwords\nor payment data in a payload.\n" as const;

/** `DELIVERY.content`. */
export const DELIVERY_CONTENT = {
  "userTextVerbatim": DELIVERY_CONTENT_USER_TEXT_VERBATIM,
  "redactsSecrets": DELIVERY_CONTENT_REDACTS_SECRETS,
  "redaction": DELIVERY_CONTENT_REDACTION,
  "fields": DELIVERY_CONTENT_FIELDS,
  "description": DELIVERY_CONTENT_DESCRIPTION,
} as const;

/** The delivery semantics of the `x-woes-*` blocks: signing, retries, idempotency, ordering, limits. */
export const DELIVERY = {
  "signing": DELIVERY_SIGNING,
  "retries": DELIVERY_RETRIES,
  "concurrency": DELIVERY_CONCURRENCY,
  "network": DELIVERY_NETWORK,
  "idempotency": DELIVERY_IDEMPOTENCY,
  "ordering": DELIVERY_ORDERING,
  "limits": DELIVERY_LIMITS,
  "versioning": DELIVERY_VERSIONING,
  "fetching": DELIVERY_FETCHING,
  "recovery": DELIVERY_RECOVERY,
  "content": DELIVERY_CONTENT,
} as const;
