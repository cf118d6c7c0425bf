import type { Flaw } from './broken-receivers.js';

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

/** Each flaw and exactly the cases that must catch it (no more: the others must still pass). */
export const BROKEN_RECEIVER_CASES: readonly { readonly flaw: Flaw; readonly caughtBy: readonly string[] }[] = [
  { flaw: 'accepts-anything', caughtBy: REFUSALS },
  { flaw: 'ignores-timestamp', caughtBy: ['timestamp.too-old', 'timestamp.too-new'] },
  { flaw: 'fails-unknown-type', caughtBy: ['accept.unknown-type'] },
  { flaw: 'rejects-redeliveries', caughtBy: ['accept.redelivery', 'accept.duplicate'] },
  { flaw: 'processes-duplicates-twice', caughtBy: ['accept.redelivery', 'accept.duplicate'] },
  { flaw: 'stale-update-wins', caughtBy: ['accept.out-of-order'] },
  { flaw: 'verifies-reserialized-json', caughtBy: ['accept.raw-bytes.unicode-escapes', 'accept.raw-bytes.escaped-slashes', 'accept.raw-bytes.spacing'] },
  { flaw: 'buffers-whole-body', caughtBy: ['limits.body-too-large.declared', 'limits.body-too-large.chunked'] },
];
