import { readAt, setAt } from './case-helpers.js';
import type { ConformanceStep, ConformanceCase } from './case-model.js';
import { freshEvent, signedStep, type CaseEvent, type SourceExample } from './case-steps.js';

const HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
const VERIFY_FIX = 'Verify with the library (or Standard Webhooks) over the raw body before doing anything; answer 400/401 when it fails.';

/** One way to break a correctly signed delivery of a fresh event. */
interface Breakage {
  readonly id: string;
  readonly title: string;
  readonly break: (signed: ConformanceStep, event: CaseEvent) => ConformanceStep;
  readonly fix?: string;
}

function breakages(base: SourceExample, tolerance: number): Breakage[] {
  return [
    {
      id: 'signature.tampered-body',
      title: 'a body changed after signing',
      break: (signed, event) => {
        const sent = structuredClone(event.payload);
        setAt(sent, '/sequence', Number(readAt(sent, '/sequence') ?? 1) + 1);
        return { ...signed, payload: sent, signatures: [{ version: 'v1', secret: 'endpoint', over: { webhookId: event.id, payload: event.payload } }] };
      },
      fix: 'Verify the exact raw bytes received (never a re-serialized JSON.parse result), and refuse when no signature matches.',
    },
    { id: 'signature.wrong-secret', title: 'signed with another secret', break: (signed) => ({ ...signed, signatures: [{ version: 'v1', secret: 'other' }] }) },
    {
      id: 'signature.other-message',
      title: 'a valid signature of another message',
      break: (signed) => ({
        ...signed,
        signatures: [{ version: 'v1', secret: 'endpoint', over: { webhookId: String(base.payload.id), payload: base.payload } }],
      }),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the Standard Webhooks notation of the signed content, shown as text
      fix: 'Check the signature of `${webhook-id}.${webhook-timestamp}.${body}` of THIS request, not a cached or looked-up one.',
    },
    // One second past the tolerance: a receiver with a wider window (359 s) fails here.
    {
      id: 'timestamp.too-old',
      title: `a timestamp ${tolerance + 1} s in the past (tolerance ${tolerance} s)`,
      break: (signed) => ({ ...signed, timestampOffsetSeconds: -(tolerance + 1) }),
      fix: `Refuse deliveries whose webhook-timestamp is more than ${tolerance} s old: they are replays. (Your clock must agree with the sender's within a second: sync it with NTP.)`,
    },
    {
      id: 'timestamp.too-new',
      title: `a timestamp ${tolerance + 1} s in the future (tolerance ${tolerance} s)`,
      break: (signed) => ({ ...signed, timestampOffsetSeconds: tolerance + 1 }),
      fix: `Refuse deliveries whose webhook-timestamp is more than ${tolerance} s ahead of your clock. (Your clock must agree with the sender's within a second: sync it with NTP.)`,
    },
    ...HEADERS.map((header) => ({
      id: `header.missing-${header.slice('webhook-'.length)}`,
      title: `no ${header} header`,
      break: (signed: ConformanceStep): ConformanceStep => ({ ...signed, omitHeaders: [header] }),
      fix: `Refuse a delivery without ${header}; never treat a missing header as "unsigned, accept".`,
    })),
    {
      id: 'signature.malformed',
      title: 'a malformed webhook-signature header',
      break: (signed) => ({ ...signed, signatureHeader: 'not-a-signature' }),
      fix: 'Refuse a webhook-signature that is not a space-separated list of version,base64 entries.',
    },
    {
      id: 'signature.unknown-versions-only',
      title: 'only unknown signature versions (v0, v2)',
      break: (signed) => ({
        ...signed,
        signatures: [
          { version: 'v0', secret: 'endpoint' },
          { version: 'v2', secret: 'endpoint' },
        ],
      }),
      fix: 'Compare only entries whose version you implement (v1); refuse when none of those matches.',
    },
  ];
}

/**
 * One second inside the tolerance, old and new: a receiver with a narrower window (or a clock
 * off by more than a second) refuses deliveries Woes still sends; with the refusal cases one
 * second outside it, the window is tested at both its edges.
 */
export function toleranceEdgeCases(input: { base: SourceExample; tolerance: number }): ConformanceCase[] {
  const edge = input.tolerance - 1;
  return [
    { id: 'timestamp.within-tolerance-old', offset: -edge, when: 'in the past' },
    { id: 'timestamp.within-tolerance-new', offset: edge, when: 'in the future' },
  ].map(({ id, offset, when }) => ({
    id,
    group: 'accept' as const,
    title: `a timestamp ${edge} s ${when}, inside the ${input.tolerance} s tolerance: 2xx`,
    steps: [{ ...signedStep(freshEvent(input.base, id), '2xx'), timestampOffsetSeconds: offset }],
    inspect: [],
    fix: `Accept webhook-timestamps up to ${input.tolerance} s from your clock, either way (the library's default tolerance); a narrower window refuses deliveries Woes retries for nothing. Sync your clock with NTP.`,
  }));
}

/**
 * The deliveries a receiver must refuse with any non-2xx: each is what an attacker or a broken
 * proxy could send. Every case carries an event of its own, so a receiver that looks up its
 * dedupe store before verifying cannot pass by accident.
 */
export function refusalCases(input: { base: SourceExample; tolerance: number }): ConformanceCase[] {
  return breakages(input.base, input.tolerance).map((breakage) => {
    const event = freshEvent(input.base, breakage.id);
    return {
      id: breakage.id,
      group: 'refuse',
      title: `${breakage.title}: refused`,
      steps: [breakage.break(signedStep(event, 'non-2xx'), event)],
      inspect: [],
      fix: breakage.fix ?? VERIFY_FIX,
    };
  });
}
