import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { checkEvent } from '../../src/runtime/validation/check-event.js';
import { allExamples, setAt } from '../support/examples.js';
import { BAD_PAYLOAD_CASES } from './bad-payload-cases.js';

function applies(payload: Record<string, unknown>, pointer: string, adds: boolean): boolean {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() ?? '';
  let node: unknown = payload;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return false;
  // A case that removes or replaces a field needs the field; one that adds a field, its parent.
  return adds || last in node;
}

const rows = BAD_PAYLOAD_CASES.flatMap((badCase) =>
  allExamples()
    .filter((example) => applies(example.payload, badCase.pointer, badCase.adds === true))
    .filter((example) => !badCase.categories || badCase.categories.includes(example.type.split('.')[0] ?? ''))
    .map((example) => ({ ...example, badCase, title: `${example.name}: ${badCase.name}` })),
);

describe('bad payloads fail where they are wrong', () => {
  it('covers every event type', () => {
    expect(new Set(rows.map((row) => row.type)).size).toBe(EVENT_TYPES.length);
  });

  it.each(rows)('$title', ({ payload, badCase }) => {
    setAt(payload, badCase.pointer, badCase.value);
    for (const mode of ['receiver', 'strict'] as const) {
      const result = checkEvent(payload, mode);
      if (!badCase.rejectedBy.includes(mode)) {
        expect(result, `${mode} must accept it`).toMatchObject({ ok: true });
        continue;
      }
      expect(result.ok, `${mode} must reject it`).toBe(false);
      if (result.ok) continue;
      expect(result.violations).toContainEqual(expect.objectContaining({ path: badCase.path, keyword: badCase.keyword }));
    }
  });
});

describe('forward compatibility', () => {
  it('accepts an unknown event type with a valid envelope in receiver mode only', () => {
    const [example] = allExamples();
    const payload = { ...example?.payload, type: 'conversation.snoozed', data: { anything: true } };
    expect(checkEvent(payload, 'receiver')).toEqual({ ok: true, known: false });
    expect(checkEvent(payload, 'strict')).toMatchObject({ ok: false, violations: [{ path: '/type' }] });
  });

  it('rejects an unknown event type whose envelope is broken', () => {
    const result = checkEvent({ object: 'event', type: 'conversation.snoozed' }, 'receiver');
    expect(result).toMatchObject({ ok: false });
  });
});
