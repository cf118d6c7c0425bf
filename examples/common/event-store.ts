// What every recipe does with a verified event, kept apart so each recipe shows only its
// framework: where the raw body comes from and how it answers. In production this is your
// database: ids for the deduplication window, the highest sequence per resource for good.
import type { ReceivedEvent } from '../../src/runtime/index.js';

export type Outcome = 'applied' | 'stale' | 'duplicate';

export class EventStore {
  /** webhook-id → how many times its side effect ran (0: acknowledged but stale). */
  readonly #processed = new Map<string, number>();
  /** `<object>/<id>` → the highest sequence applied. */
  readonly #sequences = new Map<string, number>();

  /** Deduplicate on the event id, then apply only a newer snapshot: deliveries are not ordered. */
  record(event: ReceivedEvent): Outcome {
    if (this.#processed.has(event.id)) return 'duplicate';
    const key = `${event.resource.object}/${event.resource.id}`;
    const newer = event.sequence > (this.#sequences.get(key) ?? 0);
    // Your side effect goes here, in the same transaction.
    if (newer) this.#sequences.set(key, event.sequence);
    // A stale id is recorded too, so its redelivery is a duplicate.
    this.#processed.set(event.id, newer ? 1 : 0);
    return newer ? 'applied' : 'stale';
  }

  /**
   * The conformance suite's inspection protocol (tests only, never in production), for a path
   * below the inspection root: `events/<webhook-id>` or `resources/<object>/<id>`.
   */
  inspect(path: string): { readonly status: number; readonly body: unknown } {
    const [kind, a = '', b = ''] = path.replace(/^\/+/, '').split('/').map(decodeURIComponent);
    const count = kind === 'events' ? this.#processed.get(a) : undefined;
    if (count !== undefined) return { status: 200, body: { processed: count } };
    const sequence = kind === 'resources' ? this.#sequences.get(`${a}/${b}`) : undefined;
    if (sequence !== undefined) return { status: 200, body: { sequence } };
    return { status: 404, body: {} };
  }
}

/** Tests set WOES_INSPECT=1 to mount the inspection routes; a production app never does. */
export const inspectionEnabled = (env: Record<string, string | undefined>): boolean =>
  env.WOES_INSPECT === '1';
