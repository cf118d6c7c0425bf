import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type addFormatsModule from 'ajv-formats';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as typeof addFormatsModule.default;

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/**
 * The published schemas in schemas/, loaded as an outside user would: plain ajv in strict mode
 * with ajv-formats. Independent of the precompiled validators the library ships.
 */
export function loadPublishedSchemas(view: 'receiver' | 'strict', options: { allErrors?: boolean } = {}): Ajv {
  const folder = view === 'strict' ? 'schemas/strict' : 'schemas';
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: options.allErrors ?? true });
  addFormats(ajv);
  ajv.addSchema(readJson(join(folder, 'definitions.json')));
  for (const file of readdirSync(join(folder, 'events'))) ajv.addSchema(readJson(join(folder, 'events', file)));
  ajv.addSchema(readJson(join(folder, 'event.json')));
  return ajv;
}

/** The union of every event (`event.json`): `ReceivedEvent` for receivers, `WebhookEvent` for producers. */
export const publishedUnionId = (view: 'receiver' | 'strict'): string =>
  `https://docs.woes.dev/schemas/webhooks/${view === 'strict' ? 'strict/' : ''}event.json`;

export const publishedEventId = (view: 'receiver' | 'strict', type: string): string =>
  `https://docs.woes.dev/schemas/webhooks/${view === 'strict' ? 'strict/' : ''}events/${type}.json`;
