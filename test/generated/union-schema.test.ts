import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { allExamples, firstExample } from '../support/examples.js';
import { loadPublishedSchemas, publishedEventId, publishedUnionId } from '../support/published-schemas.js';

// schemas/event.json is the receiver union (`ReceivedEvent`: every event of this version, or an
// `UnknownEvent` of a type added later); schemas/strict/event.json the producers' (`WebhookEvent`,
// known types only). Both load in plain ajv beside the per-event schemas they reference.
const views = { receiver: loadPublishedSchemas('receiver'), strict: loadPublishedSchemas('strict') } as const;
const union = (view: keyof typeof views): ValidateFunction => {
  const validate = views[view].getSchema(publishedUnionId(view));
  if (!validate) throw new Error(`no ${view} union`);
  return validate;
};

/** How many branches of the union a payload matches: a `oneOf` passes with exactly one. */
function branchesMatched(view: keyof typeof views, payload: unknown): number {
  const events = EVENT_TYPES.filter((type) => views[view].getSchema(publishedEventId(view, type))?.(payload) === true).length;
  const unknownEvent = view === 'receiver' ? views.receiver.getSchema(`${publishedUnionId('receiver')}#/definitions/UnknownEvent`) : undefined;
  return events + (unknownEvent?.(payload) === true ? 1 : 0);
}

describe('the event unions', () => {
  it('list every event type once, the receiver union with UnknownEvent last', () => {
    for (const view of ['receiver', 'strict'] as const) {
      const refs = (union(view).schema as { oneOf: { $ref: string }[] }).oneOf.map((branch) => branch.$ref);
      const expected = EVENT_TYPES.map((type) => `events/${type}.json`);
      expect(refs).toEqual(view === 'receiver' ? [...expected, '#/definitions/UnknownEvent'] : expected);
    }
  });

  it.each(allExamples().map((example) => [example.name, example.payload] as const))(
    '%s validates against both, through exactly one branch',
    (_name, payload) => {
      for (const view of ['receiver', 'strict'] as const) {
        expect(union(view)(payload), `${view}: ${JSON.stringify(union(view).errors)}`).toBe(true);
        expect(branchesMatched(view, payload), view).toBe(1);
      }
    },
  );

  it('takes an event of a type added later as UnknownEvent for receivers, and refuses it for producers', () => {
    const later = { ...firstExample('webhook.test'), type: 'webhook.ping', data: { object: 'webhook_ping' } };
    expect(union('receiver')(later), JSON.stringify(union('receiver').errors)).toBe(true);
    expect(branchesMatched('receiver', later)).toBe(1);
    expect(union('strict')(later)).toBe(false);
  });

  it('refuses what no branch takes: a known type with a broken payload, an envelope without its fields', () => {
    const broken = firstExample('conversation.created');
    (broken.data as Record<string, unknown>).status = 7;
    const bare = { type: 'webhook.ping' };
    for (const payload of [broken, bare]) {
      expect(union('receiver')(payload), JSON.stringify(payload).slice(0, 80)).toBe(false);
      expect(union('strict')(payload)).toBe(false);
    }
  });
});
