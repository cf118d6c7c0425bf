import type { Flaw } from './broken-receivers.js';
import type { FramingFlaw } from './support/raw-http-server.js';

const REFUSALS = [
  'signature.tampered-body',
  'signature.wrong-secret',
  'signature.other-message',
  'timestamp.too-old',
  'timestamp.too-new',
  'header.missing-id',
  'header.missing-timestamp',
  'header.missing-signature',
  'signature.malformed',
  'signature.unknown-versions-only',
];

/** The cases whose point is a side effect (processed once, the newer state wins): only --inspect sees them. */
const SIDE_EFFECTS = ['accept.redelivery', 'accept.duplicate', 'accept.out-of-order'];

export interface BrokenReceiverCase {
  /** A handler flaw (broken-receivers.ts), or a framing flaw of a server that reads bodies by hand (support/raw-http-server.ts). */
  readonly flaw: Flaw | FramingFlaw;
  /** Exactly the cases that must fail (no more: the others must still pass). */
  readonly caughtBy: readonly string[];
  /**
   * Run without --inspect: then these cases pass on their status codes with their side effects
   * unchecked, and the verdict is `conforms-uninspected` (exit 3), never `conforms`.
   */
  readonly withoutInspect?: { readonly unchecked: readonly string[] };
}

/** Each flaw and exactly the cases that must catch it. */
export const BROKEN_RECEIVER_CASES: readonly BrokenReceiverCase[] = [
  { flaw: 'accepts-anything', caughtBy: REFUSALS },
  { flaw: 'ignores-timestamp', caughtBy: ['timestamp.too-old', 'timestamp.too-new'] },
  // The timestamp cases once sat at ±360 s, and a 359 s window passed them.
  { flaw: 'tolerance-359s', caughtBy: ['timestamp.too-old', 'timestamp.too-new'] },
  { flaw: 'tolerance-240s', caughtBy: ['timestamp.within-tolerance-old', 'timestamp.within-tolerance-new'] },
  { flaw: 'fails-unknown-type', caughtBy: ['accept.unknown-type'] },
  { flaw: 'rejects-redeliveries', caughtBy: ['accept.redelivery', 'accept.duplicate'] },
  { flaw: 'processes-duplicates-twice', caughtBy: ['accept.redelivery', 'accept.duplicate'] },
  { flaw: 'stale-update-wins', caughtBy: ['accept.out-of-order'] },
  // Without --inspect, the same two pass every case, and must still not be told they conform.
  { flaw: 'processes-duplicates-twice', caughtBy: [], withoutInspect: { unchecked: SIDE_EFFECTS } },
  { flaw: 'stale-update-wins', caughtBy: [], withoutInspect: { unchecked: SIDE_EFFECTS } },
  { flaw: 'verifies-reserialized-json', caughtBy: ['accept.raw-bytes.unicode-escapes', 'accept.raw-bytes.escaped-slashes', 'accept.raw-bytes.spacing'] },
  { flaw: 'buffers-whole-body', caughtBy: ['limits.body-too-large.declared', 'limits.body-too-large.chunked'] },
  // Bodies read by hand, trusting the sender's framing: each waits (and, fed, grows without bound).
  { flaw: 'trusts-negative-length', caughtBy: ['limits.framing.negative-length'] },
  { flaw: 'trusts-negative-chunk-size', caughtBy: ['limits.framing.negative-chunk-size'] },
  { flaw: 'buffers-chunk-size-line', caughtBy: ['limits.framing.endless-chunk-size'] },
];
