import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { DELIVERY, EVENT_TYPES, generateSecret, isWebhookVerificationError, verify } from '../../src/runtime/index.js';
import { buildRequest } from '../../src/contract-kit/build-request.js';

/** What the signing library says about each refusal case's request: the data means what its id says. */
const REFUSAL_CODES: Readonly<Record<string, string>> = {
  'signature.tampered-body': 'no_matching_signature',
  'signature.wrong-secret': 'no_matching_signature',
  'signature.other-message': 'no_matching_signature',
  'timestamp.too-old': 'timestamp_too_old',
  'timestamp.too-new': 'timestamp_too_new',
  'header.missing-id': 'missing_header',
  'header.missing-timestamp': 'missing_header',
  'header.missing-signature': 'missing_header',
  'signature.malformed': 'malformed_header',
  'signature.unknown-versions-only': 'no_matching_signature',
  'limits.body-too-large.declared': 'body_too_large',
  'limits.body-too-large.chunked': 'body_too_large',
};

describe('the conformance cases (generated/conformance)', () => {
  it('are the same data in cases.json (for other languages) and cases.ts (for the runner)', () => {
    expect(JSON.parse(readFileSync('generated/conformance/cases.json', 'utf8'))).toEqual(CONFORMANCE_SUITE);
  });

  it('have unique, stable ids and take their limits from DELIVERY', () => {
    const ids = CONFORMANCE_SUITE.cases.map((testCase) => testCase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(deliver|signature|timestamp|header|limits|accept|http)\.[a-z0-9_.-]+$/);
    expect(CONFORMANCE_SUITE.toleranceSeconds).toBe(DELIVERY.signing.toleranceSeconds);
    expect(CONFORMANCE_SUITE.attemptTimeoutSeconds).toBe(DELIVERY.retries.attemptTimeoutSeconds);
  });

  it('deliver every example of every event type', () => {
    const expected = EVENT_TYPES.flatMap((type) => EVENT_EXAMPLES[type].map((example) => `deliver.${type}.${example.name}`));
    expect(CONFORMANCE_SUITE.cases.filter((testCase) => testCase.group === 'deliver').map((testCase) => testCase.id)).toEqual(expected);
  });

  it('cover every refusal, acceptance and HTTP promise of the issue, each with a one-line fix', () => {
    const ids = CONFORMANCE_SUITE.cases.map((testCase) => testCase.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        ...Object.keys(REFUSAL_CODES),
        'accept.rotation',
        'accept.redelivery',
        'accept.duplicate',
        'accept.out-of-order',
        'accept.unknown-type',
        'accept.unknown-fields',
        'accept.unknown-enum-value',
        'http.no-redirect',
      ]),
    );
    for (const testCase of CONFORMANCE_SUITE.cases) expect(testCase.fix).toMatch(/^[^\n]{10,200}$/);
  });

  it('hold bodies that do not survive a parse and re-serialize round trip, so a receiver verifying re-serialized JSON fails', () => {
    const bodies = CONFORMANCE_SUITE.cases.filter((testCase) => testCase.id.startsWith('accept.raw-bytes.')).map((testCase) => testCase.steps[0]?.body ?? '');
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of bodies) expect(JSON.stringify(JSON.parse(body))).not.toBe(body);
    expect(bodies.join('')).toMatch(/\\u[0-9a-f]{4}/);
    expect(bodies.join('')).toContain('\\/');
    // Every other body is compact JSON.stringify output: these are the only ones that catch it.
    const others = CONFORMANCE_SUITE.cases.filter((testCase) => !testCase.id.startsWith('accept.raw-bytes.')).flatMap((testCase) => testCase.steps);
    expect(others.filter((step) => step.body !== undefined)).toEqual([]);
  });

  it('send an oversized body signed whole, declared and chunked, of which only the limit plus one byte goes out', () => {
    const steps = CONFORMANCE_SUITE.cases.filter((testCase) => testCase.id.startsWith('limits.body-too-large.')).map((testCase) => testCase.steps[0]);
    expect(steps.map((step) => step?.oversize)).toEqual([
      { totalBytes: DELIVERY.limits.maxPayloadBytes * 16, sendBytes: DELIVERY.limits.maxPayloadBytes + 1, framing: 'content-length' },
      { totalBytes: DELIVERY.limits.maxPayloadBytes * 16, sendBytes: DELIVERY.limits.maxPayloadBytes + 1, framing: 'chunked' },
    ]);
    for (const step of steps) expect(step?.expect).toBe('413');
  });

  it('test the tolerance at both edges, one second in and one second out, whatever the fraction of the clock', async () => {
    const tolerance = DELIVERY.signing.toleranceSeconds;
    const edges = ['timestamp.too-old', 'timestamp.too-new', 'timestamp.within-tolerance-old', 'timestamp.within-tolerance-new'];
    const steps = edges.map((id) => CONFORMANCE_SUITE.cases.find((testCase) => testCase.id === id)?.steps[0]);
    expect(steps.map((step) => step?.timestampOffsetSeconds)).toEqual([-(tolerance + 1), tolerance + 1, -(tolerance - 1), tolerance - 1]);
    const secret = generateSecret();
    // The runner's clock at any fraction of a second; the receiver's up to 0.9 s later (the request's way there).
    for (const fraction of [0, 0.001, 0.5, 0.999]) {
      for (const latency of [0, 0.9]) {
        const nowSeconds = 1_782_669_600 + fraction;
        for (const [index, step] of steps.entries()) {
          if (!step) throw new Error(`no case ${edges[index]}`);
          const request = await buildRequest(step, { secret, otherSecret: CONFORMANCE_SUITE.otherSecret, nowSeconds });
          const outcome = await verify(request.body, request.headers, { secret, now: () => (nowSeconds + latency) * 1000 }).then(
            () => 'accepted',
            (error: unknown) => (isWebhookVerificationError(error) ? error.code : String(error)),
          );
          expect({ id: edges[index], fraction, latency, outcome }).toEqual({
            id: edges[index],
            fraction,
            latency,
            outcome: ['timestamp_too_old', 'timestamp_too_new', 'accepted', 'accepted'][index],
          });
        }
      }
    }
  });

  it('build requests the signing library judges as each case expects', async () => {
    const secret = generateSecret();
    const nowSeconds = Math.floor(Date.now() / 1000);
    for (const testCase of CONFORMANCE_SUITE.cases) {
      for (const step of testCase.steps) {
        const request = await buildRequest(step, { secret, otherSecret: CONFORMANCE_SUITE.otherSecret, nowSeconds });
        const outcome = await verify(request.body, request.headers, { secret, now: () => nowSeconds * 1000 }).then(
          () => 'accepted',
          (error: unknown) => (isWebhookVerificationError(error) ? error.code : String(error)),
        );
        // A malformed-framing case sends an authentic delivery: what must be refused is its framing.
        const refused = (step.expect === 'non-2xx' || step.expect === '413') && step.malformedFraming === undefined;
        expect(step.malformedFraming === undefined).toBe(step.expect !== 'refused-or-closed');
        expect({ id: testCase.id, outcome }).toEqual({ id: testCase.id, outcome: refused ? REFUSAL_CODES[testCase.id] : 'accepted' });
      }
    }
  });
});
