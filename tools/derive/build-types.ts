import { compile } from 'json-schema-to-typescript';
import type { SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { flattenEventSchema, sharedDefinitionNames } from '../spec/spec-model.js';
import { convertSchema, pascalCase } from './schema-views.js';

export const eventInterfaceName = (type: string): string => `${pascalCase(type)}Event`;

/**
 * TypeScript types from one root schema that references every event, so shared resources
 * are emitted once (compiling each event separately would duplicate them).
 */
export async function buildTypes(contract: SpecModel): Promise<OutputFile> {
  const toRef = (name: string): string => `#/definitions/${name}`;
  const definitions: JsonObject = {};
  for (const name of sharedDefinitionNames(contract)) definitions[name] = convertSchema(contract.schemas[name] ?? {}, 'types', toRef);
  for (const event of contract.events) {
    definitions[eventInterfaceName(event.type)] = {
      title: eventInterfaceName(event.type),
      ...(convertSchema(flattenEventSchema(contract, event), 'types', toRef) as JsonObject),
    };
  }
  const root = {
    title: 'WebhookEvent',
    description: 'Any Woes webhook event. Narrow it on `type`.',
    oneOf: contract.events.map((event) => ({ $ref: toRef(eventInterfaceName(event.type)) })),
    definitions,
  };
  const body = await compile(root as Parameters<typeof compile>[0], 'WebhookEvent', {
    bannerComment: '',
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });

  const map = contract.events.map((event) => `  '${event.type}': ${eventInterfaceName(event.type)};`).join('\n');
  const footer = `
/** Every event type name. */
export type WebhookEventType = WebhookEvent['type'];

/** The event interface for each event type name. */
export interface WebhookEventMap {
${map}
}

/** The event of one type: \`WebhookEventOf<'conversation.created'>\`. */
export type WebhookEventOf<T extends WebhookEventType> = WebhookEventMap[T];
`;
  return { path: 'generated/types.ts', content: `${CODE_BANNER}/* eslint-disable */\n${body.trim()}\n${footer}` };
}
