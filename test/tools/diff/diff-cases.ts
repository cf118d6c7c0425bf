import type { ChangeClass } from '../../../tools/diff/change-model.js';
import type { ChangeRuleId } from '../../../tools/diff/change-rules.js';
import { at, list, prop, schema, without, type Edit } from './spec-edits.js';

/**
 * Before/after cases for the classification rules, as data. Each is a small edit of the real
 * asyncapi.yaml (`head`; or `base`, with the real spec as the head, when the real spec is the
 * end point), the rules the
 * gate must report (exactly these, no others) and the class they fall in.
 */
export interface DiffCase {
  readonly name: string;
  readonly base?: Edit;
  readonly head: Edit;
  readonly rules: readonly ChangeRuleId[];
  readonly class: ChangeClass | 'none';
}

const newMessage =
  (type: string): Edit =>
  (spec) => {
    const message = structuredClone(at(spec, 'components.messages.webhookTest'));
    message.name = type;
    at(spec, 'components.messages').webhookPing = message;
    at(spec, 'channels').webhookPing = { address: null, title: type, messages: { [type]: { $ref: '#/components/messages/webhookPing' } } };
  };

export const DIFF_CASES: readonly DiffCase[] = [
  { name: 'nothing changed', head: () => {}, rules: [], class: 'none' },
  // ── Event inventory
  {
    name: 'an event type removed',
    head: (spec) => {
      delete at(spec, 'channels').webhookTest;
      delete at(spec, 'operations').sendWebhookTest;
      delete at(spec, 'components.messages').webhookTest;
    },
    rules: ['event-removed'],
    class: 'breaking',
  },
  {
    name: 'an event type renamed (same message)',
    head: (spec) => void (at(spec, 'components.messages.webhookTest').name = 'webhook.ping'),
    rules: ['event-renamed'],
    class: 'breaking',
  },
  { name: 'a new event type', head: newMessage('webhook.ping'), rules: ['event-added'], class: 'non-breaking' },
  {
    name: 'an event marked x-woes-deprecated',
    head: (spec) => void (at(spec, 'components.messages.issueLinked')['x-woes-deprecated'] = true),
    rules: ['event-deprecated'],
    class: 'non-breaking',
  },
  {
    name: 'an event description reworded',
    head: (spec) => void (at(spec, 'components.messages.issueLinked').description = 'Reworded.'),
    rules: ['event-docs-changed'],
    class: 'docs',
  },
  {
    name: 'an example changed',
    head: (spec) => void (at(spec, 'components.messages.conversationCreated.examples.0').summary = 'Another summary.'),
    rules: ['examples-changed'],
    class: 'docs',
  },
  // ── Properties
  {
    name: 'a property removed',
    head: (spec) => {
      delete at(spec, 'components.schemas.Conversation.properties').preview;
      without(schema(spec, 'Conversation'), 'required', 'preview');
    },
    rules: ['property-removed'],
    class: 'breaking',
  },
  {
    name: 'a new optional property',
    head: (spec) => void (at(spec, 'components.schemas.Conversation.properties').language = { type: 'string', description: 'BCP 47.' }),
    rules: ['property-added'],
    class: 'non-breaking',
  },
  {
    name: 'a new property that is always sent',
    head: (spec) => {
      at(spec, 'components.schemas.Conversation.properties').language = { type: 'string', description: 'BCP 47.' };
      list(schema(spec, 'Conversation'), 'required').push('language');
    },
    rules: ['required-property-added'],
    class: 'non-breaking',
  },
  {
    name: 'a required property made optional',
    head: (spec) => without(schema(spec, 'Conversation'), 'required', 'subject'),
    rules: ['property-made-optional'],
    class: 'breaking',
  },
  {
    name: 'an optional property made required',
    base: (spec) => without(schema(spec, 'Conversation'), 'required', 'subject'),
    head: () => {},
    rules: ['property-made-required'],
    class: 'non-breaking',
  },
  {
    name: 'a non-null property made nullable',
    head: (spec) => void (schema(spec, 'ConversationStatus').type = ['string', 'null']),
    rules: ['property-made-nullable'],
    class: 'breaking',
  },
  {
    name: 'a nullable property made non-null',
    head: (spec) => void (prop(spec, 'Conversation', 'subject').type = 'string'),
    rules: ['property-made-non-null'],
    class: 'non-breaking',
  },
  {
    name: 'a nested property deprecated',
    head: (spec) => void (prop(spec, 'Conversation', 'preview').deprecated = true),
    rules: ['property-deprecated'],
    class: 'non-breaking',
  },
  {
    name: 'a property description reworded',
    head: (spec) => void (prop(spec, 'Conversation', 'preview').description = 'Reworded.'),
    rules: ['schema-docs-changed'],
    class: 'docs',
  },
  // ── Types
  {
    name: 'a type changed (integer to string)',
    head: (spec) => void (prop(spec, 'Coverage', 'documents').type = 'string'),
    rules: ['type-changed'],
    class: 'breaking',
  },
  {
    name: 'a type widened (integer to number)',
    head: (spec) => void (prop(spec, 'Coverage', 'documents').type = 'number'),
    rules: ['type-widened'],
    class: 'breaking',
  },
  {
    name: 'a type narrowed (string|integer to string)',
    base: (spec) => void (schema(spec, 'Label').type = ['string', 'integer']),
    head: () => {},
    rules: ['type-narrowed'],
    class: 'non-breaking',
  },
  // ── Enums and consts
  {
    name: 'a value removed from an open enum',
    head: (spec) => without(schema(spec, 'ConversationStatus'), 'enum', 'waiting'),
    rules: ['enum-value-removed'],
    class: 'breaking',
  },
  {
    name: 'a value added to an open enum',
    head: (spec) => void list(schema(spec, 'Channel'), 'enum').push('sms'),
    rules: ['open-enum-value-added'],
    class: 'non-breaking',
  },
  {
    name: 'a value added to a closed enum',
    head: (spec) => void list(prop(spec, 'Assignee', 'type'), 'enum').push('bot'),
    rules: ['closed-enum-value-added'],
    class: 'breaking',
  },
  { name: 'an open enum closed', head: (spec) => void delete schema(spec, 'Channel')['x-woes-open-enum'], rules: ['enum-closed'], class: 'breaking' },
  { name: 'a closed enum opened', head: (spec) => void (prop(spec, 'Assignee', 'type')['x-woes-open-enum'] = true), rules: ['enum-opened'], class: 'breaking' },
  { name: 'an enum dropped (any string now)', head: (spec) => void delete prop(spec, 'Assignee', 'type').enum, rules: ['enum-dropped'], class: 'breaking' },
  { name: 'a const changed', head: (spec) => void (prop(spec, 'Conversation', 'object').const = 'thread'), rules: ['const-changed'], class: 'breaking' },
  {
    name: 'a new apiVersion',
    head: (spec) => void (prop(spec, 'EventEnvelope', 'apiVersion').const = 'v2'),
    rules: ['api-version-changed'],
    class: 'breaking',
  },
  // ── Formats, patterns, bounds
  { name: 'a format changed', head: (spec) => void (prop(spec, 'EventEnvelope', 'workspaceId').format = 'uri'), rules: ['format-changed'], class: 'breaking' },
  { name: 'a pattern tightened (added)', head: (spec) => void (schema(spec, 'Label').pattern = '^[a-z-]+$'), rules: ['pattern-changed'], class: 'breaking' },
  {
    name: 'a pattern relaxed (timestamps without milliseconds)',
    head: (spec) => void (schema(spec, 'Timestamp').pattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$'),
    rules: ['pattern-changed'],
    class: 'breaking',
  },
  { name: 'a maxLength raised', head: (spec) => void (prop(spec, 'Conversation', 'subject').maxLength = 1000), rules: ['bound-widened'], class: 'breaking' },
  {
    name: 'a maxLength lowered',
    head: (spec) => void (prop(spec, 'Conversation', 'preview').maxLength = 100),
    rules: ['bound-tightened'],
    class: 'non-breaking',
  },
  {
    name: 'a bound on array items added',
    head: (spec) => void (at(spec, 'components.schemas.ConversationUpdatedChanges.properties.fields.items').maxLength = 32),
    rules: ['bound-tightened'],
    class: 'non-breaking',
  },
  {
    name: 'map keys restricted (propertyNames added)',
    base: (spec) => void delete prop(spec, 'Customer', 'traits').propertyNames,
    head: () => {},
    rules: ['bound-tightened'],
    class: 'non-breaking',
  },
  {
    name: 'map keys no longer restricted (propertyNames removed)',
    head: (spec) => void delete prop(spec, 'Customer', 'traits').propertyNames,
    rules: ['bound-widened'],
    class: 'breaking',
  },
  {
    name: 'map key bound raised',
    head: (spec) => void (at(spec, 'components.schemas.Customer.properties.traits.propertyNames').maxLength = 128),
    rules: ['bound-widened'],
    class: 'breaking',
  },
  {
    name: 'a keyword the gate has no rule for (additionalProperties)',
    head: (spec) => void (prop(spec, 'ConversationUpdatedChanges', 'previous').additionalProperties = { type: 'string' }),
    rules: ['schema-keyword-changed'],
    class: 'breaking',
  },
  // ── Integer widths, array order, typed changes
  {
    name: 'an integer states its 32-bit width',
    base: (spec) => void delete prop(spec, 'Coverage', 'chunks').maximum,
    head: () => {},
    rules: ['integer-width-stated'],
    class: 'non-breaking',
  },
  {
    name: 'the envelope sequence states its width (not an envelope change)',
    base: (spec) => void delete prop(spec, 'EventEnvelope', 'sequence').maximum,
    head: () => {},
    rules: ['integer-width-stated'],
    class: 'non-breaking',
  },
  {
    name: 'an integer gains a maximum below its width',
    base: (spec) => void delete prop(spec, 'Coverage', 'chunks').maximum,
    head: (spec) => void (prop(spec, 'Coverage', 'chunks').maximum = 100000),
    rules: ['bound-tightened'],
    class: 'non-breaking',
  },
  {
    name: 'the envelope sequence bounded below its width',
    head: (spec) => void (prop(spec, 'EventEnvelope', 'sequence').maximum = 1000000),
    rules: ['envelope-changed'],
    class: 'breaking',
  },
  {
    name: "an array's order stated",
    base: (spec) => void delete prop(spec, 'Message', 'attachments')['x-woes-ordered'],
    head: () => {},
    rules: ['array-order-stated'],
    class: 'non-breaking',
  },
  {
    name: "an array's order dropped",
    head: (spec) => void delete prop(spec, 'Message', 'attachments')['x-woes-ordered'],
    rules: ['array-order-dropped'],
    class: 'breaking',
  },
  {
    name: 'a set that is really ordered becomes a list that still never repeats (uniqueItems → x-woes-distinct)',
    base: (spec) => {
      const ids = prop(spec, 'Issue', 'conversationIds');
      delete ids['x-woes-ordered'];
      delete ids['x-woes-distinct'];
      ids.uniqueItems = true;
    },
    head: () => {},
    rules: ['array-order-stated', 'unique-items-kept-as-list'],
    class: 'non-breaking',
  },
  {
    name: 'an ordered list may now repeat a value',
    head: (spec) => void delete prop(spec, 'Issue', 'conversationIds')['x-woes-distinct'],
    rules: ['bound-widened'],
    class: 'breaking',
  },
  {
    name: 'known values named for a free string, as an open enum',
    base: (spec) => {
      const items = at(spec, 'components.schemas.ConversationUpdatedChanges.properties.fields.items');
      delete items.enum;
      delete items['x-woes-open-enum'];
    },
    head: () => {},
    rules: ['open-enum-introduced'],
    class: 'non-breaking',
  },
  {
    name: 'changes.previous typed where it was any object',
    base: (spec) => void delete prop(spec, 'IssueResolvedChanges', 'previous').properties,
    head: () => {},
    rules: ['property-added'],
    class: 'non-breaking',
  },
  // ── Envelope and headers
  {
    name: 'the envelope narrowed (sequence starts at 2)',
    head: (spec) => void (prop(spec, 'EventEnvelope', 'sequence').minimum = 2),
    rules: ['envelope-changed'],
    class: 'breaking',
  },
  {
    name: 'a new optional envelope field',
    head: (spec) => void (at(spec, 'components.schemas.EventEnvelope.properties').livemode = { type: 'boolean', description: 'Test mode.' }),
    rules: ['property-added'],
    class: 'non-breaking',
  },
  {
    name: 'a delivery header removed',
    head: (spec) => void delete at(spec, 'components.messageTraits.delivery.headers.properties')['user-agent'],
    rules: ['header-changed'],
    class: 'breaking',
  },
  {
    name: 'a delivery header pattern changed',
    head: (spec) => void (at(spec, 'components.messageTraits.delivery.headers.properties.webhook-timestamp').pattern = '^[0-9]+$'),
    rules: ['header-changed'],
    class: 'breaking',
  },
  {
    name: 'a new optional delivery header',
    head: (spec) =>
      void (at(spec, 'components.messageTraits.delivery.headers.properties')['webhook-attempt'] = { type: 'string', description: 'Attempt number.' }),
    rules: ['header-added'],
    class: 'non-breaking',
  },
  {
    name: 'an optional delivery header made required',
    head: (spec) => void list(at(spec, 'components.messageTraits.delivery.headers'), 'required').push('user-agent'),
    rules: ['header-made-required'],
    class: 'non-breaking',
  },
  {
    name: 'a required delivery header made optional',
    head: (spec) => without(at(spec, 'components.messageTraits.delivery.headers'), 'required', 'content-type'),
    rules: ['header-changed'],
    class: 'breaking',
  },
  {
    name: 'a delivery header deprecated',
    head: (spec) => void (at(spec, 'components.messageTraits.delivery.headers.properties.user-agent').deprecated = true),
    rules: ['property-deprecated'],
    class: 'non-breaking',
  },
  {
    name: 'the content type changed',
    head: (spec) => void (at(spec, 'components.messageTraits.delivery').contentType = 'application/cloudevents+json'),
    rules: ['unclassified-change'],
    class: 'breaking',
  },
  {
    name: 'the HTTP method changed',
    head: (spec) => void (at(spec, 'components.operationBindings.webhookPost.http').method = 'PUT'),
    rules: ['unclassified-change'],
    class: 'breaking',
  },
  // ── Signing and delivery policy
  {
    name: 'the signed content changed',
    head: (spec) => void (at(spec, 'x-woes-signing').signedContent = '{webhook-timestamp}.{body}'),
    rules: ['signing-changed'],
    class: 'breaking',
  },
  {
    name: 'the signature tolerance changed',
    head: (spec) => void (at(spec, 'x-woes-signing').toleranceSeconds = 600),
    rules: ['signing-tolerance-changed'],
    class: 'policy',
  },
  {
    name: 'a retry added to the schedule',
    head: (spec) => void list(at(spec, 'x-woes-retries'), 'scheduleSeconds').push(86400),
    rules: ['retry-policy-changed'],
    class: 'policy',
  },
  {
    name: 'the attempt timeout changed',
    head: (spec) => void (at(spec, 'x-woes-retries').attemptTimeoutSeconds = 30),
    rules: ['retry-policy-changed'],
    class: 'policy',
  },
  { name: 'the size limit changed', head: (spec) => void (at(spec, 'x-woes-limits').maxPayloadBytes = 262144), rules: ['size-limit-changed'], class: 'policy' },
  {
    name: 'a cut field keeps less text',
    head: (spec) => void (at(spec, 'x-woes-limits.overflow.cuts.0').keepCharacters = 100),
    rules: ['overflow-changed'],
    class: 'policy',
  },
  {
    name: 'the REST base URL changed',
    head: (spec) => void (at(spec, 'x-woes-fetching').baseUrl = 'https://api.woes.dev/api/v2'),
    rules: ['fetching-changed'],
    class: 'policy',
  },
  {
    name: 'more deliveries in flight per endpoint',
    head: (spec) => void (at(spec, 'x-woes-concurrency').maxInFlightPerEndpoint = 20),
    rules: ['delivery-block-changed'],
    class: 'policy',
  },
  {
    name: 'the retry jitter widened',
    head: (spec) => void (at(spec, 'x-woes-retries.jitter').maxFraction = 0.2),
    rules: ['retry-policy-changed'],
    class: 'policy',
  },
  {
    name: 'the idempotency key changed',
    head: (spec) => void (at(spec, 'x-woes-idempotency').key = 'webhook-event-id'),
    rules: ['idempotency-key-changed'],
    class: 'breaking',
  },
  {
    name: 'the deduplication window changed',
    head: (spec) => void (at(spec, 'x-woes-idempotency').rememberForSeconds = 86400),
    rules: ['idempotency-window-changed'],
    class: 'policy',
  },
  {
    name: 'the ordering guarantee changed',
    head: (spec) => void (at(spec, 'x-woes-ordering').guarantee = 'per-resource'),
    rules: ['ordering-changed'],
    class: 'breaking',
  },
  {
    name: 'the deprecation window changed',
    head: (spec) => void (at(spec, 'x-woes-versioning').deprecationWindowDays = 90),
    rules: ['versioning-policy-changed'],
    class: 'policy',
  },
  {
    name: 'the retry policy reworded',
    head: (spec) => void (at(spec, 'x-woes-retries').description = 'Reworded.'),
    rules: ['delivery-docs-changed'],
    class: 'docs',
  },
  { name: 'the contract description reworded', head: (spec) => void (at(spec, 'info').description = 'Reworded.'), rules: ['metadata-changed'], class: 'docs' },
  // ── From a starting point the real spec does not have, to the real spec
  {
    name: 'an enum introduced where any string was allowed',
    base: (spec) => void delete prop(spec, 'Assignee', 'type').enum,
    head: () => {},
    rules: ['enum-introduced'],
    class: 'non-breaking',
  },
  {
    name: 'an event no longer deprecated',
    base: (spec) => void (at(spec, 'components.messages.issueLinked')['x-woes-deprecated'] = true),
    head: () => {},
    rules: ['event-undeprecated'],
    class: 'non-breaking',
  },
  {
    name: 'a property no longer deprecated',
    base: (spec) => void (prop(spec, 'Conversation', 'preview').deprecated = true),
    head: () => {},
    rules: ['property-undeprecated'],
    class: 'non-breaking',
  },
  {
    name: 'an ed25519 signature added beside HMAC',
    base: (spec) => void delete at(spec, 'x-woes-signing').asymmetric,
    head: () => {},
    rules: ['signature-version-added'],
    class: 'non-breaking',
  },
  { name: 'the ed25519 signature withdrawn', head: (spec) => void delete at(spec, 'x-woes-signing').asymmetric, rules: ['signing-changed'], class: 'breaking' },
  {
    name: 'the rotation overlap changed',
    base: (spec) => void (at(spec, 'x-woes-signing.rotation').overlapSeconds = 3600),
    head: () => {},
    rules: ['rotation-overlap-changed'],
    class: 'policy',
  },
  {
    name: 'an x-woes block the gate has no rule for',
    base: (spec) => void (spec['x-woes-regions'] = { allowed: ['eu'] }),
    head: () => {},
    rules: ['delivery-block-changed'],
    class: 'policy',
  },
];
