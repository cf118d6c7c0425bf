import type { SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';
import { BANNER_TEXT, jsonFile, type OutputFile } from './output.js';
import { flattenEventSchema, sharedDefinitionNames } from '../spec/spec-model.js';
import { DRAFT_07, SCHEMA_BASE_URL, convertSchema, pascalCase, type SchemaView } from './schema-views.js';

/** The JSON Schema views published in `schemas/`. */
export type PublishedView = Extract<SchemaView, 'receiver' | 'strict'>;

/**
 * The published JSON Schemas of one view: shared definitions, one schema per event type, and
 * the union of the events (`event.json`), for generators that want the event set as one type.
 */
export interface SchemaSet {
  readonly definitions: JsonObject;
  readonly events: ReadonlyMap<string, JsonObject>;
  readonly union: JsonObject;
}

/** The union's title in each view, as the generated types name the same two unions. */
export const UNION_TITLES: { readonly [view in PublishedView]: string } = { receiver: 'ReceivedEvent', strict: 'WebhookEvent' };

/** The union's description, shared with the OpenAPI export's union. */
export function unionDescription(view: PublishedView): string {
  return view === 'receiver'
    ? 'Any event a receiver can get, told apart by `type`: one of the event types of this version, or `UnknownEvent`, an event of a type added after it (Woes adds types without a major version). Dispatch on `type`; answer `2xx` to a type you do not handle.'
    : 'Any event of this version, told apart by `type`. A producer sends only these types.';
}

/** The envelope of an event whose `type` none of `known` is: what a receiver must still accept. */
export function unknownEventSchema(known: readonly string[], envelopeRef: string): JsonObject {
  return {
    title: 'UnknownEvent',
    description: 'An event of a type added after this version: the envelope every event carries, and a `data` object. Answer `2xx` and ignore it, or log it.',
    type: 'object',
    allOf: [{ $ref: envelopeRef }],
    properties: { type: { not: { enum: [...known] }, description: 'A type this version does not define.' } },
  };
}

export interface BuiltSchemas {
  readonly receiver: SchemaSet;
  readonly strict: SchemaSet;
  readonly headers: JsonObject;
}

const folderOf = (view: PublishedView): string => (view === 'strict' ? 'strict/' : '');

export function schemaId(view: PublishedView, file: string): string {
  return `${SCHEMA_BASE_URL}${folderOf(view)}${file}`;
}

export function eventSchemaId(view: PublishedView, type: string): string {
  return schemaId(view, `events/${type}.json`);
}

function buildSet(model: SpecModel, view: PublishedView): SchemaSet {
  const definitions: JsonObject = {};
  for (const name of sharedDefinitionNames(model)) {
    definitions[name] = convertSchema(model.schemas[name] ?? {}, view, (ref) => `#/definitions/${ref}`);
  }
  const events = new Map<string, JsonObject>();
  for (const event of model.events) {
    const body = convertSchema(flattenEventSchema(model, event), view, (ref) => `../definitions.json#/definitions/${ref}`) as JsonObject;
    events.set(event.type, {
      $schema: DRAFT_07,
      $id: eventSchemaId(view, event.type),
      $comment: BANNER_TEXT,
      title: `${pascalCase(event.type)}Event`,
      ...body,
    });
  }
  const types = model.events.map((event) => event.type);
  const branches: JsonObject[] = types.map((type) => ({ $ref: `events/${type}.json` }));
  const union: JsonObject = {
    $schema: DRAFT_07,
    $id: schemaId(view, 'event.json'),
    $comment: BANNER_TEXT,
    title: UNION_TITLES[view],
    description: unionDescription(view),
    oneOf: view === 'receiver' ? [...branches, { $ref: '#/definitions/UnknownEvent' }] : branches,
    ...(view === 'receiver' ? { definitions: { UnknownEvent: unknownEventSchema(types, 'definitions.json#/definitions/EventEnvelope') } } : {}),
  };
  return {
    definitions: {
      $schema: DRAFT_07,
      $id: schemaId(view, 'definitions.json'),
      $comment: BANNER_TEXT,
      title: view === 'strict' ? 'Woes webhook definitions (strict, for producers)' : 'Woes webhook definitions',
      definitions,
    },
    events,
    union,
  };
}

export function buildSchemas(model: SpecModel): BuiltSchemas {
  const headers: JsonObject = {
    $schema: DRAFT_07,
    $id: schemaId('receiver', 'headers.json'),
    $comment: BANNER_TEXT,
    title: 'WebhookDeliveryHeaders',
    ...(convertSchema(model.headers, 'receiver', (ref) => `definitions.json#/definitions/${ref}`) as JsonObject),
  };
  return { receiver: buildSet(model, 'receiver'), strict: buildSet(model, 'strict'), headers };
}

export function schemaFiles(schemas: BuiltSchemas): OutputFile[] {
  const files: OutputFile[] = [jsonFile('schemas/headers.json', schemas.headers)];
  for (const view of ['receiver', 'strict'] as const) {
    const set = schemas[view];
    const folder = `schemas/${folderOf(view)}`;
    files.push(jsonFile(`${folder}definitions.json`, set.definitions));
    files.push(jsonFile(`${folder}event.json`, set.union));
    for (const [type, schema] of set.events) files.push(jsonFile(`${folder}events/${type}.json`, schema));
  }
  return files;
}
