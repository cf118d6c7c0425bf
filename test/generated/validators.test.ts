import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../src/runtime/validation/check-event.js';
import { allExamples, setAt } from '../support/examples.js';
import { loadPublishedSchemas, publishedEventId } from '../support/published-schemas.js';
import { BAD_PAYLOAD_CASES } from './bad-payload-cases.js';

// The precompiled validators inline small stand-ins for ajv-formats (date-time, uri) and
// drop the open-enum anyOf of the receiver view. They must judge every payload exactly as
// the published schemas do under plain ajv with ajv-formats.
const published = { receiver: loadPublishedSchemas('receiver'), strict: loadPublishedSchemas('strict') };

const extraValues: readonly [string, unknown][] = [
  ['/occurredAt', '2024-02-29T12:00:00.000Z'],
  ['/occurredAt', '2023-02-29T12:00:00.000Z'],
  ['/occurredAt', '2026-13-01T00:00:00.000Z'],
  ['/occurredAt', '2026-06-28T24:00:00.000Z'],
  ['/data/customer/email', 'not-an-email'],
  ['/data/waitingOn', null],
  ['/data/waitingOn', 'legal'],
];

const payloads = allExamples().flatMap((example) => [
  { title: `${example.name}: as written`, type: example.type, payload: example.payload },
  ...[...BAD_PAYLOAD_CASES.map((c) => [c.pointer, c.value] as const), ...extraValues].flatMap(([pointer, value]) => {
    const payload = structuredClone(example.payload);
    try {
      setAt(payload, pointer, value);
    } catch {
      return [];
    }
    return [{ title: `${example.name}: ${pointer} = ${JSON.stringify(value)?.slice(0, 30)}`, type: example.type, payload }];
  }),
]);

describe('precompiled validators agree with the published schemas', () => {
  it.each(payloads)('$title', ({ type, payload }) => {
    for (const mode of ['receiver', 'strict'] as const) {
      const reference = published[mode].getSchema(publishedEventId(mode, type));
      expect(checkEvent(payload, mode).ok, mode).toBe(reference?.(payload));
    }
  });
});
