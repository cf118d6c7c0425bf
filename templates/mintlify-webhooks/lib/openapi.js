// @ts-check
import { categoryTitle } from './catalog-page.js';
import { categories, names, objectOrEmpty } from './read-spec.js';

/**
 * An OpenAPI 3.1 document with one `webhooks` entry per event type: the form Mintlify, Svix,
 * Convoy and Hookdeck import event types from. Schemas are the spec's components as written
 * (their `#/components/schemas/` references point at the same place in OpenAPI).
 * @param {import('./read-spec.js').SpecModel} spec
 */
export function openApiDocument(spec) {
  const required = new Set(names(spec.headers.required));
  const parameters = Object.entries(objectOrEmpty(spec.headers.properties))
    .filter(([name]) => name !== 'content-type') // OpenAPI describes it as the request body's media type.
    .map(([name, schema]) => ({ name, in: 'header', required: required.has(name), description: objectOrEmpty(schema).description ?? '', schema }));
  /** @type {Record<string, object>} */
  const webhooks = {};
  for (const event of spec.events) {
    webhooks[event.type] = {
      post: {
        operationId: event.type,
        summary: event.title,
        description: `${event.summary}\n\n${event.description}`.trim(),
        tags: [categoryTitle(event.category)],
        ...(event.deprecated ? { deprecated: true } : {}),
        parameters,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: `#/components/schemas/${event.schemaName}` },
              examples: Object.fromEntries(event.examples.map((example) => [example.name, { summary: example.summary, value: example.payload }])),
            },
          },
        },
        responses: {
          '2XX': { description: 'Received. Answer within the attempt timeout; process the event afterwards.' },
          410: { description: 'Gone: disables the endpoint. No further deliveries are attempted.' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: spec.title, version: spec.version, description: spec.description },
    tags: categories(spec).map((category) => ({ name: categoryTitle(category), description: spec.tags[category] ?? '' })),
    webhooks,
    components: { schemas: spec.schemas },
  };
}
