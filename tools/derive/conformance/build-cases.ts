import type { SpecModel } from '../../spec/spec-model.js';
import type { JsonObject } from '../../spec/load-spec.js';
import { openEnumPaths, readAt, setAt, stableSecret } from './case-helpers.js';
import type { ConformanceCase } from './case-model.js';
import { firstExample, freshEvent, signedStep, type SourceExample } from './case-steps.js';
import { malformedFramingCases, oversizeCases, rawBytesCases } from './body-cases.js';
import { refusalCases, toleranceEdgeCases } from './refusal-cases.js';

function deliverCases(model: SpecModel, timeout: number): ConformanceCase[] {
  return model.events.flatMap((event) =>
    event.examples.map((example) => ({
      id: `deliver.${event.type}.${example.name}`,
      group: 'deliver' as const,
      title: `${event.type} (${example.name}), correctly signed: 2xx within ${timeout} s`,
      steps: [signedStep({ id: String(example.payload.id), payload: example.payload, example: `${event.type}/${example.name}` }, '2xx')],
      inspect: [],
      fix: `Verify the signature over the raw body, then answer 2xx within ${timeout} s; do slow work after responding.`,
    })),
  );
}

/** Forward compatibility: what a later contract version may send that this one does not define. */
function forwardCompatibleCases(model: SpecModel): ConformanceCase[] {
  const baseEvent = model.events[0];
  const base = firstExample(baseEvent);
  const known = new Set(model.events.map((event) => event.type));

  const unknownType = freshEvent(base, 'accept.unknown-type');
  let probeType = `${baseEvent?.category ?? 'conformance'}.conformance_probe`;
  while (known.has(probeType)) probeType = `${probeType}_next`;
  setAt(unknownType.payload, '/type', probeType);

  const unknownFields = freshEvent(base, 'accept.unknown-fields');
  setAt(unknownFields.payload, '/conformanceProbe', { addedIn: 'a later contract version' });
  setAt(unknownFields.payload, '/data/conformanceProbe', true);

  const unknownEnum = freshEvent(base, 'accept.unknown-enum-value');
  const enumPath = openEnumPaths(model.schemas, baseEvent?.schemaName ?? '', base.payload).find((path) => path.startsWith('/data/')) ?? '/actor/type';
  setAt(unknownEnum.payload, enumPath, 'conformance_probe_value');

  return [
    {
      id: 'accept.unknown-type',
      group: 'accept',
      title: `an event type this contract version does not define (${probeType}): 2xx`,
      steps: [signedStep(unknownType, '2xx')],
      inspect: [],
      fix: 'Answer 2xx to event types you do not handle; new types are added without notice.',
    },
    {
      id: 'accept.unknown-fields',
      group: 'accept',
      title: 'fields the schema does not define: 2xx',
      steps: [signedStep(unknownFields, '2xx')],
      inspect: [],
      fix: 'Ignore fields you do not know: validate with the receiver schemas, not the strict ones.',
    },
    {
      id: 'accept.unknown-enum-value',
      group: 'accept',
      title: `an unknown value of an open enum (${enumPath}): 2xx`,
      steps: [signedStep(unknownEnum, '2xx')],
      inspect: [],
      fix: `Tolerate values you do not know in enums marked open (x-woes-open-enum), such as ${enumPath}.`,
    },
  ];
}

/** How long receivers keep seen ids, in days, from `x-woes-idempotency` (a hint in a fix text). */
function rememberDays(model: SpecModel): number {
  const seconds = model.delivery.idempotency?.rememberForSeconds;
  return typeof seconds === 'number' ? Math.round(seconds / 86400) : 7;
}

/** What must be accepted although it looks unusual: rotation, redelivery, duplicates, disorder. */
function deliverySemanticsCases(model: SpecModel): ConformanceCase[] {
  const base = firstExample(model.events[0]);
  const updated = firstExample(model.events.find((event) => event.action === 'updated' && event.examples.length > 0));
  const rotation = freshEvent(base, 'accept.rotation');
  const redelivery = freshEvent(base, 'accept.redelivery');
  const duplicate = freshEvent(base, 'accept.duplicate');
  const newer = freshEvent(updated, 'accept.out-of-order/newer', 'accept.out-of-order');
  const stale = freshEvent(updated, 'accept.out-of-order/stale', 'accept.out-of-order');
  setAt(newer.payload, '/sequence', 3);
  setAt(stale.payload, '/sequence', 2);
  const resource = readAt(newer.payload, '/resource') as JsonObject;

  return [
    {
      id: 'accept.rotation',
      group: 'accept',
      title: 'several v1 signatures (secret rotation), one of them valid: 2xx',
      steps: [
        {
          ...signedStep(rotation, '2xx'),
          signatures: [
            { version: 'v1', secret: 'other' },
            { version: 'v1', secret: 'endpoint' },
          ],
        },
      ],
      inspect: [],
      fix: 'Split webhook-signature on spaces and accept when ANY v1 entry matches, not only the first.',
    },
    {
      id: 'accept.redelivery',
      group: 'accept',
      title: 'a redelivery (same webhook-id, new timestamp and signature): 2xx, processed once',
      steps: [{ ...signedStep(redelivery, '2xx'), timestampOffsetSeconds: -120 }, signedStep(redelivery, '2xx')],
      inspect: [{ kind: 'processed', webhookId: redelivery.id, expected: 1 }],
      fix: 'Answer 2xx to an id you have already processed (skip the work); never reject a redelivery.',
    },
    {
      id: 'accept.duplicate',
      group: 'accept',
      title: 'the same delivery twice: 2xx both times, side effect once',
      steps: [signedStep(duplicate, '2xx'), { ...signedStep(duplicate, '2xx'), resendStep: 0 }],
      inspect: [{ kind: 'processed', webhookId: duplicate.id, expected: 1 }],
      fix: `Record webhook-id once the side effects are committed and skip ids you have seen (keep them ${rememberDays(model)} days).`,
    },
    {
      id: 'accept.out-of-order',
      group: 'accept',
      title: `two updates of one ${String(resource.object)} out of order: 2xx, the newer state wins`,
      steps: [signedStep(newer, '2xx'), signedStep(stale, '2xx')],
      inspect: [{ kind: 'sequence', object: String(resource.object), id: String(resource.id), expected: 3 }],
      fix: 'Keep the highest sequence applied per resource and ignore (with 2xx) an event whose sequence is not higher.',
    },
  ];
}

function httpCases(model: SpecModel): ConformanceCase[] {
  const event = freshEvent(firstExample(model.events[0]), 'http.no-redirect');
  return [
    {
      id: 'http.no-redirect',
      group: 'http',
      title: 'a valid delivery is answered without a redirect',
      steps: [signedStep(event, 'no-redirect')],
      inspect: [],
      fix: 'Register the final URL: Woes never follows redirects, so a 3xx counts as a failed attempt.',
    },
  ];
}

/** The first spec example holding a non-ASCII character: the one whose escaped form differs most. */
function exampleWithNonAscii(model: SpecModel): SourceExample | undefined {
  for (const event of model.events) {
    for (const example of event.examples) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the complement of ASCII, control characters included
      if (/[^\u0000-\u007f]/.test(JSON.stringify(example.payload))) return { ref: `${event.type}/${example.name}`, payload: example.payload };
    }
  }
  return undefined;
}

/** Every conformance case, in the order the runner executes them. */
export function buildCases(model: SpecModel): { cases: ConformanceCase[]; otherSecret: string } {
  const tolerance = model.delivery.signing.toleranceSeconds;
  const timeout = model.delivery.retries.attemptTimeoutSeconds;
  const maxPayloadBytes = model.delivery.limits.maxPayloadBytes;
  const base = firstExample(model.events[0]);
  return {
    cases: [
      ...deliverCases(model, timeout),
      ...refusalCases({ base, tolerance }),
      ...toleranceEdgeCases({ base, tolerance }),
      ...oversizeCases({ base, maxPayloadBytes }),
      ...malformedFramingCases({ base }),
      ...deliverySemanticsCases(model),
      ...forwardCompatibleCases(model),
      ...rawBytesCases({ base, withNonAscii: exampleWithNonAscii(model) ?? base }),
      ...httpCases(model),
    ],
    otherSecret: stableSecret('other-secret'),
  };
}
