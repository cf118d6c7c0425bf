import { expectTypeOf, test } from 'vitest';
import type { Conversation, Message, ReceivedEvent, UnknownEvent, UnknownEventType, WebhookEvent, WebhookEventType } from '../../../generated/types.js';

// Woes adds event types without notice and receivers accept them (validated against the
// envelope), so what `verify` returns must say so: a receiver's exhaustive switch has to
// handle an event type it does not know, while narrowing on a known type stays exact.
declare const event: ReceivedEvent;
const assertNever = (value: never): never => {
  throw new Error(`unhandled ${String(value)}`);
};

test('comparing with a known type narrows to that event alone', () => {
  if (event.type === 'conversation.resolved') expectTypeOf(event).toEqualTypeOf<Extract<WebhookEvent, { type: 'conversation.resolved' }>>();
  if (event.type === 'message.created') expectTypeOf(event.data).toEqualTypeOf<Message>();
  switch (event.type) {
    case 'conversation.created':
      expectTypeOf(event.data).toEqualTypeOf<Conversation>();
      break;
    default:
      break;
  }
});

test('an exhaustive switch over the known types must still handle an unknown one', () => {
  function handle(received: ReceivedEvent): string {
    switch (received.type) {
      case 'conversation.created':
      case 'conversation.updated':
      case 'conversation.assigned':
      case 'conversation.handed_off':
      case 'conversation.resolved':
      case 'message.created':
      case 'customer.created':
      case 'customer.updated':
      case 'customer.identity_linked':
      case 'issue.created':
      case 'issue.updated':
      case 'issue.linked':
      case 'issue.resolved':
      case 'knowledge.scan_completed':
      case 'knowledge.scan_failed':
      case 'knowledge.coverage_changed':
      case 'agent.answer_created':
      case 'agent.handoff_requested':
      case 'agent.low_confidence_recorded':
      case 'webhook.test':
      case 'customer.deleted':
      case 'customer.merged':
      case 'conversation.deleted':
      case 'conversation.rated':
      case 'conversation.sla_status_changed':
        return received.type;
      default:
        expectTypeOf(received).toEqualTypeOf<UnknownEvent>();
        // @ts-expect-error an event type this version does not know reaches the default branch
        return assertNever(received);
    }
  }
  void handle;
});

declare const unknown: UnknownEvent;

test('the unknown event keeps the envelope and an untyped data object', () => {
  expectTypeOf(unknown.id).toEqualTypeOf<string>();
  expectTypeOf(unknown.sequence).toEqualTypeOf<number>();
  expectTypeOf(unknown.data).toEqualTypeOf<{ readonly [key: string]: unknown }>();
  // Its type is still a string to log or store.
  expectTypeOf(unknown.type).toExtend<string>();
  // @ts-expect-error no known type name is an UnknownEventType
  const known: UnknownEventType = 'conversation.created';
  void known;
  // The known names stay a closed union of literals.
  expectTypeOf<UnknownEventType>().not.toExtend<WebhookEventType>();
});
