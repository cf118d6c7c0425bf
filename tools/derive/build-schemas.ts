import type { SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';
import { BANNER_TEXT, jsonFile, type OutputFile } from './output.js';
import { flattenEventSchema, sharedDefinitionNames } from '../spec/spec-model.js';
import { DRAFT_07, SCHEMA_BASE_URL, convertSchema, pascalCase, type SchemaView } from './schema-views.js';

export type PublishedView = Exclude<SchemaView, 'types'>;

/** The published JSON Schemas of one view: shared definitions plus one schema per event type. */
export interface SchemaSet {
  readonly definitions: JsonObject;
  readonly events: ReadonlyMap<string, JsonObject>;
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
  return {
    definitions: {
      $schema: DRAFT_07,
      $id: schemaId(view, 'definitions.json'),
      $comment: BANNER_TEXT,
      title: view === 'strict' ? 'Woes webhook definitions (strict, for producers)' : 'Woes webhook definitions',
      definitions,
    },
    events,
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
    for (const [type, schema] of set.events) files.push(jsonFile(`${folder}events/${type}.json`, schema));
  }
  return files;
}
