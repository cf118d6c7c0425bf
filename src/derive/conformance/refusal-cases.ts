import type { JsonObject } from '../load-spec.js';
import { readAt, setAt } from './case-helpers.js';
import { freshEvent, signedStep } from './case-steps.js';
import type { CaseStep, ConformanceCase } from './case-model.js';

const HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
const VERIFY_FIX = 'Verify with the library (or Standard Webhooks) over the raw body before doing anything; answer 400/401 when it fails.';

/**
 * The deliveries a receiver must refuse with any non-2xx: each is what an attacker or a broken
 * proxy could send. Every case carries an event of its own, so a receiver that looks up its
 * dedupe store before verifying cannot pass by accident.
 */
export function refusalCases(input: { base: JsonObject; tolerance: number }): ConformanceCase[] {
  const { base, tolerance } = input;
  const refuse = (id: string, title: string, step: (event: { id: string; payload: JsonObject }) => CaseStep, fix = VERIFY_FIX): ConformanceCase => ({
    id,
    group: 'refuse',
    title: `${title}: refused`,
    steps: [step(freshEvent(base, id))],
    inspect: [],
    fix,
  });
  const signed = (event: { id: string; payload: JsonObject }): CaseStep => signedStep(event.id, event.payload, 'non-2xx');

  return [
    refuse('signature.tampered-body', 'a body changed after signing', (event) => {
      const sent = structuredClone(event.payload);
      setAt(sent, '/sequence', Number(readAt(sent, '/sequence') ?? 1) + 1);
      return { ...signed(event), payload: sent, signatures: [{ version: 'v1', secret: 'endpoint', over: { webhookId: event.id, payload: event.payload } }] };
    }, 'Verify the exact raw bytes received (never a re-serialized JSON.parse result), and refuse when no signature matches.'),
    refuse('signature.wrong-secret', 'signed with another secret', (event) => ({ ...signed(event), signatures: [{ version: 'v1', secret: 'other' }] })),
    refuse('signature.other-message', 'a valid signature of another message', (event) => ({ ...signed(event), signatures: [{ version: 'v1', secret: 'endpoint', over: { webhookId: base.id as string, payload: base } }] }), 'Sign-check `${webhook-id}.${webhook-timestamp}.${body}` of THIS request, not a cached or looked-up signature.'),
    refuse('timestamp.too-old', `a timestamp ${tolerance + 60} s in the past (tolerance ${tolerance} s)`, (event) => ({ ...signed(event), timestampOffsetSeconds: -(tolerance + 60) }), `Refuse deliveries whose webhook-timestamp is more than ${tolerance} s old: they are replays.`),
    refuse('timestamp.too-new', `a timestamp ${tolerance + 60} s in the future (tolerance ${tolerance} s)`, (event) => ({ ...signed(event), timestampOffsetSeconds: tolerance + 60 }), `Refuse deliveries whose webhook-timestamp is more than ${tolerance} s ahead of your clock.`),
    ...HEADERS.map((header) =>
      refuse(`header.missing-${header.slice('webhook-'.length)}`, `no ${header} header`, (event) => ({ ...signed(event), omitHeaders: [header] }), `Refuse a delivery without ${header}; never treat a missing header as "unsigned, accept".`),
    ),
    refuse('signature.malformed', 'a malformed webhook-signature header', (event) => ({ ...signed(event), signatureHeader: 'not-a-signature' }), 'Refuse a webhook-signature that is not a space-separated list of version,base64 entries.'),
    refuse('signature.unknown-versions-only', 'only unknown signature versions (v0, v2)', (event) => ({ ...signed(event), signatures: [{ version: 'v0', secret: 'endpoint' }, { version: 'v2', secret: 'endpoint' }] }), 'Compare only entries whose version you implement (v1); refuse when none of those matches.'),
  ];
}
