import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { attemptDelivery } from '../../src/contract-kit/delivery/attempt-delivery.js';
import { deliver, type DeliveryState } from '../../src/contract-kit/delivery/delivery-client.js';
import type { ContractCheck } from '../../src/contract-kit/capture/contract-report.js';
import { generateSecret, sign } from '../../src/runtime/index.js';

/** Fast enough for a test, slow enough that the spacing is measurable: 5 s → 0.5 ms, 30 min → 180 ms. */
export const TIME_SCALE = 0.0001;

type Event = { id: string } & Record<string, unknown>;
const event = (overrides: Record<string, unknown> = {}): Event => ({
  ...(structuredClone(EVENT_EXAMPLES['issue.created'][0]?.payload) as unknown as Event),
  id: crypto.randomUUID(),
  ...overrides,
});

const post = async (url: string, headers: Record<string, string>, body: string): Promise<number> =>
  (await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body })).status;

export interface CaptureCase {
  readonly name: string;
  readonly fail: readonly string[];
  /** The time scale capture judges spacing at; TIME_SCALE by default. */
  readonly timeScale?: number;
  /** Delivers to the capture URL; resolves to the final state when the reference client was used. */
  readonly produce: (url: string, secret: string) => Promise<DeliveryState | undefined>;
  readonly state?: DeliveryState;
  readonly attempts: number;
  /** The checks that must fail (all others must pass). */
  readonly broken: readonly ContractCheck['id'][];
}

const reference = async (url: string, secret: string, value: Event = event()): Promise<DeliveryState> =>
  (await deliver({ url, secret, event: value, timeScale: TIME_SCALE })).state;

export const CAPTURE_CASES: readonly CaptureCase[] = [
  // The reference delivery client keeps the contract whatever the endpoint does.
  { name: 'reference client, endpoint answers 200', fail: [], produce: reference, state: 'delivered', attempts: 1, broken: [] },
  { name: 'reference client, 503 twice then 200', fail: ['503x2'], produce: reference, state: 'delivered', attempts: 3, broken: [] },
  { name: 'reference client, a timeout then 200', fail: ['timeoutx1'], produce: reference, state: 'delivered', attempts: 2, broken: [] },
  {
    name: 'reference client, 429 with retry-after then 200',
    fail: ['500x1', '429x1:retry-after=3000'],
    produce: reference,
    state: 'delivered',
    attempts: 3,
    broken: [],
  },
  { name: 'reference client, 410 disables at once', fail: ['410'], produce: reference, state: 'disabled', attempts: 1, broken: [] },
  {
    name: 'reference client, every attempt fails',
    fail: ['500x8'],
    timeScale: TIME_SCALE / 5,
    produce: (url, secret) => deliver({ url, secret, event: event(), timeScale: TIME_SCALE / 5 }).then((result) => result.state),
    state: 'failed',
    attempts: 8,
    broken: [],
  },
  // Producers that break one promise each.
  {
    name: 'a retry with a different body',
    fail: ['500x1'],
    attempts: 2,
    broken: ['retries-identical'],
    produce: async (url, secret) => {
      const value = event();
      await attemptDelivery({ url, secret, webhookId: value.id, body: JSON.stringify(value), timeoutMs: 2000 });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await attemptDelivery({ url, secret, webhookId: value.id, body: JSON.stringify({ ...value, sequence: 9 }), timeoutMs: 2000 });
      return undefined;
    },
  },
  {
    name: 'headers signed an hour ago and replayed',
    fail: [],
    attempts: 1,
    broken: ['signatures', 'retries-identical'],
    produce: async (url, secret) => {
      const value = event();
      const body = JSON.stringify(value);
      await post(url, { ...(await sign({ id: value.id, timestamp: Math.floor(Date.now() / 1000) - 3600, body, secret })) }, body);
      return undefined;
    },
  },
  { name: 'signed with another secret', fail: [], attempts: 1, broken: ['signatures'], produce: (url) => reference(url, generateSecret()) },
  // At 0.001 the spec's third wait is 300 ms: far beyond timer noise, so no wait at all is plain.
  {
    name: 'retries with no wait',
    fail: ['503x3'],
    timeScale: 0.001,
    attempts: 4,
    broken: ['retry-spacing'],
    produce: (url, secret) => deliver({ url, secret, event: event(), scheduleSeconds: [0, 0, 0, 0], timeScale: 0.001 }).then((result) => result.state),
  },
  {
    name: 'delivering after a 410',
    fail: ['410'],
    attempts: 2,
    broken: ['disable-on-410'],
    produce: async (url, secret) => {
      await reference(url, secret, event({ sequence: 1, occurredAt: '2026-06-28T18:00:00.000Z' }));
      await reference(url, secret, event({ sequence: 2, occurredAt: '2026-06-28T18:05:00.000Z' }));
      return undefined;
    },
  },
  {
    name: 'a payload leaking a workspace key and a field the spec does not define',
    fail: [],
    attempts: 1,
    broken: ['payloads', 'no-secrets'],
    produce: (url, secret) => reference(url, secret, event({ debug: 'woesk_live_8f2a9c0d1e2f3a4b' })),
  },
  {
    name: 'sequence numbers that go backwards for one resource',
    fail: [],
    attempts: 2,
    broken: ['sequence-increases'],
    produce: async (url, secret) => {
      await reference(url, secret, event({ sequence: 5, occurredAt: '2026-06-28T18:00:00.000Z' }));
      await reference(url, secret, event({ sequence: 4, occurredAt: '2026-06-28T18:05:00.000Z' }));
      return undefined;
    },
  },
];
