import { handlerInspect, httpInspect } from './inspect-client.js';
import { runSuite } from './run-suite.js';
import { redactUrl } from './target-url.js';
import type { SuiteReport } from './suite-report.js';
import { handlerTransport, httpTransport, type FetchHandler } from './transport.js';

interface CommonOptions {
  /** The endpoint's secret, `whsec_…`. */
  readonly secret: string;
  readonly only?: readonly string[] | undefined;
  readonly skip?: readonly string[] | undefined;
  /** Per request, in ms; the spec's attempt timeout by default. */
  readonly timeoutMs?: number | undefined;
  /** For the whole run, in ms: cases not started by then are reported `not-run`. */
  readonly deadlineMs?: number | undefined;
}

export type TestReceiverOptions = CommonOptions &
  (
    | {
        /** A running endpoint. */
        readonly url: string;
        /** Base URL of its inspection endpoint (see the inspection protocol). */
        readonly inspect?: string | undefined;
      }
    | {
        /** An in-process Fetch-API handler: what a JavaScript receiver exports. */
        readonly fetch: FetchHandler;
        /** A handler answering the inspection routes (`/events/:id`, `/resources/:object/:id`), or `true` when `fetch` answers them under `/__woes`. */
        readonly inspect?: FetchHandler | true | undefined;
      }
  );

/**
 * Runs the receiver conformance suite, against a URL or in-process:
 *   const report = await testReceiver({ fetch: app.fetch, secret, inspect: true });
 *   expect(report.verdict).toBe('conforms');
 * Without `inspect` the verdict is at best `conforms-uninspected`: dedupe and ordering went
 * unchecked. In-process, the malformed-framing cases are skipped (they need a real connection).
 */
export async function testReceiver(options: TestReceiverOptions): Promise<SuiteReport> {
  const timeoutMs = options.timeoutMs;
  const common = { secret: options.secret, only: options.only, skip: options.skip, timeoutMs, deadlineMs: options.deadlineMs };
  if ('url' in options) {
    const inspect = options.inspect === undefined ? undefined : httpInspect(options.inspect, timeoutMs ?? 15_000);
    // The report names the URLs without the credentials a query may carry (`?token=`): it is printed and kept in CI logs.
    const inspectTarget = options.inspect === undefined ? undefined : redactUrl(options.inspect.replace(/\/+$/, ''));
    return runSuite({ ...common, transport: httpTransport(options.url), target: redactUrl(options.url), inspect, inspectTarget });
  }
  const inspect =
    options.inspect === true
      ? handlerInspect(options.fetch)
      : options.inspect === undefined
        ? undefined
        : handlerInspect(options.inspect, 'http://receiver.test');
  const inspectTarget = options.inspect === true ? "the handler's /__woes" : options.inspect === undefined ? undefined : 'the inspection handler';
  return runSuite({ ...common, transport: handlerTransport(options.fetch), target: 'in-process handler', inspect, inspectTarget });
}
