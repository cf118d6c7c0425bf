import type { JsonObject } from '../spec/load-spec.js';
import { isObject, type SpecModel } from '../spec/spec-model.js';
import { eventSchemaId } from './build-schemas.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { jsComment, jsIdentifier, jsLiteral } from './js-source.js';

const literal = (value: unknown): string => jsLiteral(value, 2);

/**
 * The catalog: every event type with its category and summary, and the delivery constants of
 * the `x-woes-*` blocks. The library, the CLI and the tests read constants from here only.
 */
export function buildCatalog(model: SpecModel): OutputFile {
  const entries = model.events.map((event) => [
    event.type,
    {
      type: event.type,
      category: event.category,
      action: event.action,
      title: event.title,
      summary: event.summary,
      description: event.description,
      schemaId: eventSchemaId('receiver', event.type),
      strictSchemaId: eventSchemaId('strict', event.type),
      deprecated: event.deprecated,
    },
  ]);
  const content = `${CODE_BANNER}import type { WebhookEventType } from './types.js';

/** The contract version (\`info.version\` of asyncapi.yaml). */
export const CONTRACT_VERSION = ${literal(model.version)};

/** Every event type, in the order of the spec. */
export const EVENT_TYPES = ${literal(model.events.map((event) => event.type))} as const satisfies readonly WebhookEventType[];

export interface EventCatalogEntry {
  readonly type: WebhookEventType;
  readonly category: string;
  readonly action: string;
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly schemaId: string;
  readonly strictSchemaId: string;
  readonly deprecated: boolean;
}

/** Each event type with its category, summary and schema ids. */
export const EVENT_CATALOG: { readonly [T in WebhookEventType]: EventCatalogEntry & { readonly type: T } } = ${literal(Object.fromEntries(entries))};

${deliverySections(model.delivery as unknown as JsonObject)}`;
  return { path: 'generated/catalog.ts', content };
}

/** `toleranceSeconds` → `TOLERANCE_SECONDS`. */
const constantCase = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** \`rotation\` → \`DELIVERY_ROTATION\`. */
const sectionName = (key: string): string => jsIdentifier(`DELIVERY_${constantCase(key)}`, `the catalog constant of x-woes-${key}`);

/**
 * DELIVERY, with each section and each member of a section also a constant of its own
 * (`DELIVERY_SIGNING`, `DELIVERY_SIGNING_HEADERS`): the runtime imports only the members it
 * reads (header names, key prefixes, the size limit), so a bundler drops the prose beside them
 * (rotation, overflow, descriptions) from a receiver's bundle. An object's properties cannot
 * be tree-shaken; separate constants can.
 */
function deliverySections(delivery: JsonObject): string {
  const keys = Object.keys(delivery);
  const section = (key: string): string => {
    const value = delivery[key];
    const name = sectionName(key);
    if (!isObject(value)) return `/** \`DELIVERY.${jsComment(key)}\`. */\nexport const ${name} = ${literal(value)} as const;\n`;
    const members = Object.keys(value);
    const memberName = (member: string): string => jsIdentifier(`${name}_${constantCase(member)}`, `the catalog constant of x-woes-${key}.${member}`);
    const constants = members.map(
      (member) => `/** \`DELIVERY.${jsComment(`${key}.${member}`)}\`. */\nexport const ${memberName(member)} = ${literal(value[member])} as const;\n`,
    );
    return `${constants.join('\n')}
/** \`DELIVERY.${jsComment(key)}\`. */
export const ${name} = {
${members.map((member) => `  ${literal(member)}: ${memberName(member)},`).join('\n')}
} as const;
`;
  };
  return `${keys.map(section).join('\n')}
/** The delivery semantics of the \`x-woes-*\` blocks: signing, retries, idempotency, ordering, limits. */
export const DELIVERY = {
${keys.map((key) => `  ${literal(key)}: ${sectionName(key)},`).join('\n')}
} as const;
`;
}
