import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { BROKEN_RECEIVER_CASES, type BrokenReceiverCase } from './broken-receiver-cases.js';
import { flawedReceiver, type Flaw } from './broken-receivers.js';
import { serveRawHttp, type FramingFlaw } from './support/raw-http-server.js';
import { serveHandler } from './support/serve-handler.js';

const secret = generateSecret();
type Served = { url: string; origin: string; close: () => Promise<void> };
const FRAMING_FLAWS: readonly string[] = ['trusts-negative-length', 'trusts-negative-chunk-size', 'buffers-chunk-size-line'] satisfies FramingFlaw[];
const isFramingFlaw = (flaw: string): flaw is FramingFlaw => FRAMING_FLAWS.includes(flaw);

/** Each case gets a receiver of its own (their dedupe records must not meet). */
const servers = new Map<BrokenReceiverCase | 'correct' | 'correct-raw', Served>();
const serve = (flaw: Flaw | FramingFlaw | undefined): Promise<Served> =>
  flaw !== undefined && isFramingFlaw(flaw)
    ? serveRawHttp(flawedReceiver(secret, undefined, EVENT_TYPES), flaw)
    : serveHandler(flawedReceiver(secret, flaw, EVENT_TYPES));

beforeAll(async () => {
  servers.set('correct', await serve(undefined));
  servers.set('correct-raw', await serveRawHttp(flawedReceiver(secret, undefined, EVENT_TYPES)));
  for (const each of BROKEN_RECEIVER_CASES) servers.set(each, await serve(each.flaw));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
});

const serverOf = (key: BrokenReceiverCase | 'correct' | 'correct-raw'): Served => {
  const server = servers.get(key);
  if (!server) throw new Error('no server for this case');
  return server;
};
// Short enough that the receivers which never answer an oversized or malformed body cost seconds, not minutes.
const run = (server: Served, inspect: boolean) =>
  testReceiver({ url: server.url, secret, ...(inspect ? { inspect: `${server.origin}/__woes` } : {}), timeoutMs: 3000 });
const failedIds = (report: Awaited<ReturnType<typeof run>>): string[] =>
  report.results
    .filter((result) => result.status === 'fail')
    .map((result) => result.id)
    .sort();

describe('the suite against deliberately broken receivers (real HTTP)', () => {
  it.each(['correct', 'correct-raw'] as const)('passes the %s receiver the flawed ones are made from', async (key) => {
    const report = await run(serverOf(key), true);
    expect(failedIds(report)).toEqual([]);
    expect(report.verdict).toBe('conforms');
  });

  it.each(BROKEN_RECEIVER_CASES.filter((each) => each.withoutInspect === undefined))(
    'catches a receiver that $flaw, by exactly the right cases',
    async (each) => {
      const report = await run(serverOf(each), true);
      expect(failedIds(report)).toEqual([...each.caughtBy].sort());
      expect(report.verdict).toBe('does-not-conform');
    },
  );

  it.each(BROKEN_RECEIVER_CASES.filter((each) => each.withoutInspect !== undefined))(
    'never says a receiver that $flaw conforms when run without --inspect: verdict, report and exit status',
    async (each) => {
      const server = serverOf(each);
      const report = await run(server, false);
      expect(failedIds(report)).toEqual([]);
      expect(report.verdict).toBe('conforms-uninspected');
      expect(report.results.filter((result) => result.sideEffectsNotChecked === true).map((result) => result.id)).toEqual(each.withoutInspect?.unchecked);
      const cli = await runCliInProcess(WOES_WEBHOOKS, ['test-receiver', '--url', server.url, '--secret', secret]);
      expect(cli.stdout).toMatch(/: the receiver conforms on status codes ONLY\. The side effects of 3 case\(s\) were not checked/);
      expect(cli.stderr).toMatch(/exit 3: the side effects of 3 case\(s\) \(dedupe, ordering\) were not checked\. Pass --inspect <url>/);
      expect(cli.status).toBe(3);
      const junit = await runCliInProcess(WOES_WEBHOOKS, ['test-receiver', '--url', server.url, '--secret', secret, '--reporter', 'junit']);
      expect(junit.stdout.match(/<skipped message="status codes passed; side effects not checked/g)).toHaveLength(3);
      // Said on purpose: exit 0, and the report still says what went unchecked.
      const accepted = await runCliInProcess(WOES_WEBHOOKS, ['test-receiver', '--url', server.url, '--secret', secret, '--no-inspect']);
      expect(accepted.stdout).toMatch(/conforms on status codes ONLY/);
      expect(accepted.status).toBe(0);
    },
  );
});
