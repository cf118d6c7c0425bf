import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { BROKEN_RECEIVER_CASES } from './broken-receiver-cases.js';
import { flawedReceiver, type Flaw } from './broken-receivers.js';
import { serveHandler } from './support/serve-handler.js';

const secret = generateSecret();
const servers = new Map<Flaw | 'correct', Awaited<ReturnType<typeof serveHandler>>>();

beforeAll(async () => {
  servers.set('correct', await serveHandler(flawedReceiver(secret, undefined, EVENT_TYPES)));
  for (const { flaw } of BROKEN_RECEIVER_CASES) servers.set(flaw, await serveHandler(flawedReceiver(secret, flaw, EVENT_TYPES)));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
});

const failedIds = async (key: Flaw | 'correct'): Promise<string[]> => {
  const server = servers.get(key);
  if (!server) throw new Error(`no server for ${key}`);
  // Short enough that the receivers which never answer an oversized body cost seconds, not minutes.
  const report = await testReceiver({ url: server.url, secret, inspect: `${server.origin}/__woes`, timeoutMs: 3000 });
  return report.results
    .filter((result) => result.status === 'fail')
    .map((result) => result.id)
    .sort();
};

describe('the suite against deliberately broken receivers (real HTTP)', () => {
  it('passes the correct receiver the flawed ones are made from', async () => {
    expect(await failedIds('correct')).toEqual([]);
  });

  it.each(BROKEN_RECEIVER_CASES)('catches a receiver that $flaw, by exactly the right cases', async ({ flaw, caughtBy }) => {
    expect(await failedIds(flaw)).toEqual([...caughtBy].sort());
  });

  it('cannot see dedupe or ordering flaws without --inspect, and says so', async () => {
    const server = servers.get('processes-duplicates-twice');
    if (!server) throw new Error('no server');
    const report = await testReceiver({ url: server.url, secret });
    expect(report.inspected).toBe(false);
    expect(report.results.filter((result) => result.status === 'fail')).toEqual([]);
  });
});
