// One store for both route modules. Next.js may load each route in its own module instance
// (and reloads them in development), so the store lives on globalThis, not in a module variable.
import { EventStore } from '../../common/event-store.js';

const holder = globalThis as typeof globalThis & { woesEventStore?: EventStore };
export const store: EventStore = (holder.woesEventStore ??= new EventStore());
