import type { Json, JsonObject } from '../../../../tools/spec/load-spec.js';

type Mutable = { [key: string]: Json };
const at = (node: Json | undefined, ...keys: string[]): Mutable => {
  let current = node;
  for (const key of keys) current = (current as Mutable)[key];
  return current as Mutable;
};
const messages = (raw: JsonObject): Mutable => at(raw, 'components', 'messages');
const firstExamplePayload = (raw: JsonObject): Mutable => at((messages(raw).conversationCreated as Mutable).examples as Json, '0', 'payload');

/**
 * One failing case per ruleset rule: a mutation of the real spec that the rule must catch,
 * with a fragment of the JSON path it must report. The passing case for every rule is the
 * real spec itself.
 */
export const RULE_CASES: readonly { rule: string; mutate: (raw: JsonObject) => void; path: string }[] = [
  {
    rule: 'woes-pattern-backtracking',
    mutate: (raw) => void (at(raw, 'components', 'schemas', 'Conversation', 'properties', 'subject').pattern = '^(a+)+$'),
    path: 'Conversation,properties,subject,pattern',
  },
  { rule: 'woes-message-example', mutate: (raw) => void delete (messages(raw).webhookTest as Mutable).examples, path: 'messages,webhookTest' },
  {
    rule: 'woes-property-description',
    mutate: (raw) => void delete at(raw, 'components', 'schemas', 'Coverage', 'properties', 'chunks').description,
    path: 'Coverage,properties,chunks',
  },
  { rule: 'woes-event-name', mutate: (raw) => void ((messages(raw).webhookTest as Mutable).name = 'Webhook-Test'), path: 'webhookTest,name' },
  { rule: 'woes-payload-ref', mutate: (raw) => void ((messages(raw).webhookTest as Mutable).payload = { type: 'object' }), path: 'webhookTest,payload' },
  { rule: 'woes-channel-shape', mutate: (raw) => void (at(raw, 'channels', 'webhookTest').address = '/hooks'), path: 'channels,webhookTest,address' },
  { rule: 'woes-example-valid', mutate: (raw) => void (firstExamplePayload(raw).sequence = -1), path: 'examples,0,payload,sequence' },
  { rule: 'woes-example-signature', mutate: (raw) => void (firstExamplePayload(raw).sequence = 2), path: 'examples,0,headers,webhook-signature' },
  {
    rule: 'woes-no-secrets',
    mutate: (raw) => void (at(firstExamplePayload(raw), 'data').subject = 'my key is woesk_live_abc123'),
    path: 'payload,data,subject',
  },
  { rule: 'woes-fetching-complete', mutate: (raw) => void delete at(raw, 'x-woes-fetching', 'kinds').sla_target, path: 'x-woes-fetching,kinds' },
  {
    rule: 'woes-array-order',
    mutate: (raw) => void delete at(raw, 'components', 'schemas', 'Message', 'properties', 'attachments')['x-woes-ordered'],
    path: 'Message,properties,attachments',
  },
  {
    rule: 'woes-integer-bound',
    mutate: (raw) => void delete at(raw, 'components', 'schemas', 'Attachment', 'properties', 'size').maximum,
    path: 'Attachment,properties,size',
  },
  {
    rule: 'woes-changes-typed',
    // A previous value whose bound drifted from the field it is the previous value of.
    mutate: (raw) => void (at(raw, 'components', 'schemas', 'ConversationUpdatedChanges', 'properties', 'previous', 'properties', 'subject').maxLength = 1000),
    path: 'ConversationUpdatedChanges,properties,previous,properties,subject',
  },
  {
    rule: 'woes-overflow-reads',
    mutate: (raw) => void (at(raw, 'x-woes-limits', 'overflow', 'cuts', '1').read = 'GET /issues/{id}'),
    path: 'x-woes-limits,overflow,cuts,1,read',
  },
  {
    rule: 'woes-open-enum-marker',
    mutate: (raw) => void (at(raw, 'components', 'schemas', 'Label')['x-woes-open-enum'] = true),
    path: 'Label,x-woes-open-enum',
  },
];
