import { compile } from 'json-schema-to-typescript';
import type { SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { formatTypes } from './format-types.js';
import { flattenEventSchema, sharedDefinitionNames } from '../spec/spec-model.js';
import { convertSchema, pascalCase } from './schema-views.js';
import { jsIdentifier, jsLiteral } from './js-source.js';

export const eventInterfaceName = (type: string): string => jsIdentifier(`${pascalCase(type)}Event`, 'an event interface');

/**
 * TypeScript types from one root schema that references every event, so shared resources
 * are emitted once (compiling each event separately would duplicate them).
 */
export async function buildTypes(model: SpecModel): Promise<OutputFile> {
  const toRef = (name: string): string => `#/definitions/${name}`;
  const definitions: JsonObject = {};
  for (const name of sharedDefinitionNames(model)) definitions[name] = convertSchema(model.schemas[name] ?? {}, 'types', toRef);
  for (const event of model.events) {
    definitions[eventInterfaceName(event.type)] = {
      title: eventInterfaceName(event.type),
      ...(convertSchema(flattenEventSchema(model, event), 'types', toRef) as JsonObject),
    };
  }
  const root = {
    title: 'WebhookEvent',
    description: 'Any Woes webhook event. Narrow it on `type`.',
    oneOf: model.events.map((event) => ({ $ref: toRef(eventInterfaceName(event.type)) })),
    definitions,
  };
  const unformatted = await compile(root as Parameters<typeof compile>[0], 'WebhookEvent', {
    bannerComment: '',
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    // Its prettier pass was the costliest step of `generate`; Biome formats it instead.
    format: false,
  });
  const body = formatTypes(unformatted);

  const map = model.events.map((event) => `  ${jsLiteral(event.type)}: ${eventInterfaceName(event.type)};`).join('\n');
  const footer = `
/** Every event type name. */
export type WebhookEventType = WebhookEvent['type'];

/** The event interface for each event type name. */
export interface WebhookEventMap {
${map}
}

/** The event of one type: \`WebhookEventOf<'conversation.created'>\`. */
export type WebhookEventOf<T extends WebhookEventType> = WebhookEventMap[T];

declare const unknownEventType: unique symbol;

/**
 * The \`type\` of an event this version does not know. It is a \`<category>.<action>\` string
 * (the envelope's pattern) branded so that no known type name is comparable to it: comparing
 * \`event.type\` with a known name narrows to that event alone, and a \`switch\` over every
 * known name still leaves an \`UnknownEvent\` in its \`default\` branch. (A plain
 * \`string & {}\` would stay in every narrowed branch, and \`string\` alone would stop \`type\`
 * from discriminating at all.)
 */
export type UnknownEventType = \`\${string}.\${string}\` & { readonly [unknownEventType]: true };

/**
 * An event of a type added after this version of the package was built. Woes adds event
 * types without notice and receivers validate them against the envelope only, so \`verify\`
 * can return one: answer 2xx and ignore it (or log \`type\`), never fail the delivery.
 */
export interface UnknownEvent extends Omit<WebhookEvent, 'type' | 'data'> {
  readonly type: UnknownEventType;
  readonly data: { readonly [key: string]: unknown };
}

/** What a receiver gets from \`verify\`: a known event (narrow it on \`type\`) or an \`UnknownEvent\`. */
export type ReceivedEvent = WebhookEvent | UnknownEvent;
`;
  return { path: 'generated/types.ts', content: `${CODE_BANNER}/* eslint-disable */\n${body.trim()}\n${footer}` };
}
