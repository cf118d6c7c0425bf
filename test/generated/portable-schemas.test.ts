import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registerSchema, validate, unregisterSchema } from '@hyperjump/json-schema/draft-07';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allExamples, setAt } from '../support/examples.js';
import { publishedEventId } from '../support/published-schemas.js';

// The published schemas are draft-07, which defines no `uuid` format: a conforming validator
// in another language may skip `format: uuid`. They must still reject a non-UUID id, so this
// suite validates with @hyperjump/json-schema (not ajv, and asserting no formats by default).
const VIEWS = ['receiver', 'strict'] as const;
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const registered: string[] = [];

beforeAll(() => {
  for (const view of VIEWS) {
    const folder = view === 'strict' ? 'schemas/strict' : 'schemas';
    const files = [join(folder, 'definitions.json'), ...readdirSync(join(folder, 'events')).map((file) => join(folder, 'events', file))];
    for (const file of files) {
      const schema = readJson(file);
      registerSchema(schema as Parameters<typeof registerSchema>[0]);
      registered.push(String(schema.$id));
    }
  }
});
afterAll(() => registered.forEach((id) => unregisterSchema(id)));

const isValid = async (view: (typeof VIEWS)[number], type: string, payload: unknown): Promise<boolean> =>
  (await validate(publishedEventId(view, type), payload as never)).valid;

/** Woes-generated ids every event carries, plus one in `data` where the resource has a UUID id. */
const UUID_POINTERS = ['/id', '/workspaceId'];

describe('the published schemas with a second validator (@hyperjump/json-schema, draft-07)', () => {
  describe.each(VIEWS)('%s view', (view) => {
    it.each(allExamples().map((example) => [example.name, example] as const))('accepts the example %s', async (_name, example) => {
      expect(await isValid(view, example.type, example.payload)).toBe(true);
    });

    it.each(allExamples().flatMap((example) => UUID_POINTERS.map((pointer) => [`${example.name} ${pointer}`, example, pointer] as const)))(
      'rejects a non-UUID at %s',
      async (_name, example, pointer) => {
        const payload = structuredClone(example.payload);
        setAt(payload, pointer, 'not-a-uuid');
        expect(await isValid(view, example.type, payload)).toBe(false);
      },
    );

    it.each(
      allExamples()
        .filter((example) => typeof (example.payload.data as Record<string, unknown> | undefined)?.conversationId === 'string')
        .map((example) => [example.name, example] as const),
    )('rejects a non-UUID data.conversationId in %s', async (_name, example) => {
      const payload = structuredClone(example.payload);
      setAt(payload, '/data/conversationId', '7d444840-9dc0-4d6c-9a6d-ZZZZZZZZZZZZ');
      expect(await isValid(view, example.type, payload)).toBe(false);
    });
  });
});
