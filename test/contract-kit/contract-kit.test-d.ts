import { describe, expect, expectTypeOf, it } from 'vitest';
import { testReceiver, type SuiteReport } from '../../src/contract-kit/testing.js';
import '../../src/contract-kit/vitest.js';

describe('contract-kit types', () => {
  it('testReceiver takes a URL or an in-process handler, and a secret', () => {
    expectTypeOf(testReceiver({ url: 'http://127.0.0.1:3000/webhooks/woes', secret: 'whsec_x' })).toEqualTypeOf<Promise<SuiteReport>>();
    expectTypeOf(testReceiver({ fetch: (request: Request) => new Response(request.body), secret: 'whsec_x', inspect: true })).toEqualTypeOf<
      Promise<SuiteReport>
    >();
    // @ts-expect-error -- neither a URL nor a handler
    void testReceiver({ secret: 'whsec_x' });
    // @ts-expect-error -- `inspect: true` means "the same handler"; a URL target needs the inspection URL
    void testReceiver({ url: 'http://127.0.0.1:3000/', secret: 'whsec_x', inspect: true });
  });

  it('the matchers are on expect() once @woes/webhooks/vitest is imported', () => {
    expectTypeOf(expect({}).toMatchWoesEvent).parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(expect(new Request('http://x')).toBeSignedWoesDelivery('whsec_x')).toEqualTypeOf<Promise<Request>>();
    // @ts-expect-error -- the options take a validation mode, not a boolean
    expect({}).toMatchWoesEvent('conversation.created', { mode: true });
  });
});
