import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../src/runtime/validation/check-event.js';
import { allExamples } from '../support/examples.js';
import { loadPublishedSchemas, publishedEventId } from '../support/published-schemas.js';

const receiverSchemas = loadPublishedSchemas('receiver');
const strictSchemas = loadPublishedSchemas('strict');

describe.each(allExamples())('example $name', ({ type, payload }) => {
  it('validates against the published receiver and strict schemas (plain ajv + ajv-formats)', () => {
    for (const [ajv, view] of [
      [receiverSchemas, 'receiver'],
      [strictSchemas, 'strict'],
    ] as const) {
      const validate = ajv.getSchema(publishedEventId(view, type));
      expect(validate, `schema ${view}/${type}`).toBeDefined();
      expect(validate?.(payload), JSON.stringify(validate?.errors)).toBe(true);
    }
  });

  it('passes the precompiled validators in both modes', () => {
    expect(checkEvent(payload, 'receiver')).toEqual({ ok: true, known: true });
    expect(checkEvent(payload, 'strict')).toEqual({ ok: true, known: true });
  });
});
