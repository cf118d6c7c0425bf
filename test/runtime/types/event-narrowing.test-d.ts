import { expectTypeOf, test } from 'vitest';
import type { Conversation, ConversationStatus, Message, WebhookEvent, WebhookEventMap, WebhookEventOf, WebhookEventType } from '../../../generated/types.js';
import { EVENT_EXAMPLES } from '../../../generated/examples.js';

declare const event: WebhookEvent;

test('switching on type narrows data and event-specific fields', () => {
  switch (event.type) {
    case 'conversation.updated':
      expectTypeOf(event.data).toEqualTypeOf<Conversation>();
      // `changes` is typed per event: its field names, and each previous value as in `data`.
      expectTypeOf<'priority'>().toExtend<(typeof event.changes.fields)[number]>();
      expectTypeOf(event.changes.previous.status).toEqualTypeOf<ConversationStatus | undefined>();
      expectTypeOf(event.changes.previous.tags).toEqualTypeOf<Conversation['tags'] | undefined>();
      // @ts-expect-error a message body is no field of a conversation, so never a previous value
      event.changes.previous.body;
      break;
    case 'issue.updated':
      expectTypeOf(event.changes.previous.conversationIds).toEqualTypeOf<string[] | undefined>();
      expectTypeOf(event.changes.previous.description).toEqualTypeOf<string | null | undefined>();
      break;
    case 'message.created':
      expectTypeOf(event.data).toEqualTypeOf<Message>();
      // @ts-expect-error message.created carries no `changes`
      event.changes;
      break;
    case 'conversation.created':
      // @ts-expect-error a conversation has no message `body`
      event.data.body;
      break;
    default:
      break;
  }
});

test('event type names are a closed union of literals', () => {
  expectTypeOf<'conversation.created'>().toExtend<WebhookEventType>();
  // @ts-expect-error not an event type
  const unknown: WebhookEventType = 'conversation.archived';
  void unknown;
  expectTypeOf<WebhookEventOf<'issue.linked'>['link']['conversationId']>().toEqualTypeOf<string>();
  expectTypeOf<WebhookEventMap['agent.answer_created']['data']['confidence']['score']>().toEqualTypeOf<number>();
});

test('nullability is explicit', () => {
  expectTypeOf<Conversation['closedAt']>().toEqualTypeOf<string | null>();
  expectTypeOf<Conversation['assignee']>().toExtend<{ type: 'operator' | 'team'; id: string } | null>();
  // @ts-expect-error closedAt may be null, so it is not assignable to string
  const closed: string = ({} as Conversation).closedAt;
  void closed;
});

test('open enums keep their known values and accept new ones', () => {
  expectTypeOf<'live-chat'>().toExtend<Conversation['channel']>();
  expectTypeOf<'whatsapp'>().toExtend<Conversation['channel']>();
  // A closed enum does not accept new values.
  // @ts-expect-error role is closed
  const role: Message['role'] = 'bot';
  void role;
});

test('every example is typed as its event', () => {
  // biome-ignore lint/style/noNonNullAssertion: every event has at least one example (the ruleset requires it)
  expectTypeOf(EVENT_EXAMPLES['customer.created'][0]!.payload).toEqualTypeOf<WebhookEventOf<'customer.created'>>();
});
