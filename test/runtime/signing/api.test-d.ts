import type { IncomingHttpHeaders } from 'node:http';
import { expectTypeOf, test } from 'vitest';
import {
  createFetchHandler,
  createNodeMiddleware,
  generateKeyPair,
  generateSecret,
  sign,
  signedTestDelivery,
  validateEvent,
  verify,
  Webhook,
  STATUS_FOR_ADAPTER_CODE,
  type WebhookVerificationError,
  type AdapterCode,
  type Conversation,
  type SignedHeaders,
  type VerificationErrorCode,
  type ReceivedEvent,
  type WebhookEvent,
} from '../../../src/runtime/index.js';
import { validateEventStrict } from '../../../src/runtime/strict.js';

declare const rawBody: Buffer;
declare const nodeHeaders: IncomingHttpHeaders;
declare const fetchHeaders: Headers;

test('verify returns the known events or an unknown one, narrowed by type', async () => {
  const event = await new Webhook(generateSecret()).verify(rawBody, nodeHeaders);
  expectTypeOf(event).toEqualTypeOf<ReceivedEvent>();
  if (event.type === 'conversation.resolved') expectTypeOf(event.data).toEqualTypeOf<Conversation>();
  expectTypeOf(verify('{}', fetchHeaders, { secret: 'whsec_…' })).toEqualTypeOf<Promise<ReceivedEvent>>();
  expectTypeOf(validateEvent({})).toEqualTypeOf<ReceivedEvent>();
  expectTypeOf(validateEventStrict({})).toEqualTypeOf<WebhookEvent>();
});

test('sign returns headers that verify takes as they are', async () => {
  const headers = await sign({ id: 'msg_1', timestamp: 1, body: '{}', secret: [generateSecret(), generateSecret()] });
  expectTypeOf(headers).toEqualTypeOf<SignedHeaders>();
  await verify('{}', headers, { secret: 'whsec_…' });
  expectTypeOf(generateKeyPair()).toEqualTypeOf<Promise<{ signingKey: string; publicKey: string }>>();
});

test('raw bodies only: a parsed object does not type-check', () => {
  const webhook = new Webhook('whsec_…');
  // @ts-expect-error an object is not a raw body (it would throw raw_body_required at run time)
  void webhook.verify({ type: 'webhook.test' }, nodeHeaders);
  // @ts-expect-error the timestamp is unix seconds, a number
  void sign({ id: 'msg_1', timestamp: '1', body: '{}', secret: 'whsec_…' });
});

test('error codes are a closed union', () => {
  expectTypeOf<WebhookVerificationError['code']>().toEqualTypeOf<VerificationErrorCode>();
  // @ts-expect-error not a code
  const code: VerificationErrorCode = 'bad_signature';
  void code;
});

test('adapters and the test-delivery helper', async () => {
  expectTypeOf(createFetchHandler({ secret: 'whsec_…', onEvent: () => {} })).toEqualTypeOf<(request: Request) => Promise<Response>>();
  createNodeMiddleware({ secret: 'whsec_…', onEvent: (event) => expectTypeOf(event).toEqualTypeOf<ReceivedEvent>() });
  createNodeMiddleware({ secret: 'whsec_…', onEvent: () => {}, readTimeoutMs: 5000, handlerErrors: 'next' });
  // @ts-expect-error onEvent failures are either answered or passed to next
  createNodeMiddleware({ secret: 'whsec_…', onEvent: () => {}, handlerErrors: 'ignore' });
  // @ts-expect-error a Fetch handler has no next to pass errors to
  createFetchHandler({ secret: 'whsec_…', onEvent: () => {}, handlerErrors: 'next' });
  expectTypeOf(STATUS_FOR_ADAPTER_CODE.body_timeout).toEqualTypeOf<number>();
  expectTypeOf<keyof typeof STATUS_FOR_ADAPTER_CODE>().toEqualTypeOf<AdapterCode>();
  const delivery = await signedTestDelivery('conversation.updated', { secret: 'whsec_…', overrides: { data: { priority: 'high' } } });
  expectTypeOf(delivery.payload.type).toEqualTypeOf<'conversation.updated'>();
  // @ts-expect-error overrides follow the event's own schema
  await signedTestDelivery('conversation.updated', { secret: 'whsec_…', overrides: { data: { priority: 42 } } });
});
