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
};

describe('the conformance cases (generated/conformance)', () => {
  it('are the same data in cases.json (for other languages) and cases.ts (for the runner)', () => {
    expect(JSON.parse(readFileSync('generated/conformance/cases.json', 'utf8'))).toEqual(CONFORMANCE_SUITE);
  });

  it('have unique, stable ids and take their limits from DELIVERY', () => {
    const ids = CONFORMANCE_SUITE.cases.map((testCase) => testCase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(deliver|signature|timestamp|header|accept|http)\.[a-z0-9_.-]+$/);
    expect(CONFORMANCE_SUITE.toleranceSeconds).toBe(DELIVERY.signing.toleranceSeconds);
    expect(CONFORMANCE_SUITE.attemptTimeoutSeconds).toBe(DELIVERY.retries.attemptTimeoutSeconds);
  });

  it('deliver every example of every event type', () => {
    const expected = EVENT_TYPES.flatMap((type) => EVENT_EXAMPLES[type].map((example) => `deliver.${type}.${example.name}`));
    expect(CONFORMANCE_SUITE.cases.filter((testCase) => testCase.group === 'deliver').map((testCase) => testCase.id)).toEqual(expected);
  });

  it('cover every refusal, acceptance and HTTP promise of the issue, each with a one-line fix', () => {
    const ids = CONFORMANCE_SUITE.cases.map((testCase) => testCase.id);
    expect(ids).toEqual(expect.arrayContaining([...Object.keys(REFUSAL_CODES), 'accept.rotation', 'accept.redelivery', 'accept.duplicate', 'accept.out-of-order', 'accept.unknown-type', 'accept.unknown-fields', 'accept.unknown-enum-value', 'http.no-redirect']));
    for (const testCase of CONFORMANCE_SUITE.cases) expect(testCase.fix).toMatch(/^[^\n]{10,200}$/);
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
        expect({ id: testCase.id, outcome }).toEqual({ id: testCase.id, outcome: step.expect === 'non-2xx' ? REFUSAL_CODES[testCase.id] : 'accepted' });
      }
    }
  });
});
