// @ts-check
import { headerRows, responseFields } from './fields.js';
import { linkGuides } from './cross-references.js';
import { attribute, code, codeBlock, page, prose, table } from './mdx.js';
import { eventFetchLine } from './fetching-values.js';
import { flattenEvent, schemaUrl } from './read-spec.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */
/** @typedef {import('./read-spec.js').EventDefinition} EventDefinition */
/** @typedef {import('./read-spec.js').EventExample} EventExample */

/** @param {EventExample} example */
function exampleBlocks(example) {
  const headers = Object.entries(example.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  return [codeBlock('json', JSON.stringify(example.payload, null, 2), 'Body'), codeBlock('http', `POST /webhooks/woes HTTP/1.1\n${headers}`, 'Headers')];
}

/**
 * The examples come right after "When it fires", as Stripe and GitHub show an event: most
 * readers want the payload before its field-by-field reference. The first is shown in full;
 * further ones fold into accordions so the field list stays near the top.
 * @param {EventDefinition} event
 */
function examples(event) {
  const [first, ...more] = event.examples;
  if (!first) return [];
  return [
    `## Example${more.length > 0 ? 's' : ''}`,
    prose(first.summary),
    ...exampleBlocks(first),
    ...more.map(
      (example) =>
        `<Accordion title="${attribute((example.summary || example.name).replace(/\.$/, ''))}">\n\n${exampleBlocks(example).join('\n\n')}\n\n</Accordion>`,
    ),
  ];
}

/**
 * The reference page of one event type.
 * @param {SpecModel} spec
 * @param {EventDefinition} event
 */
export function eventPage(spec, event) {
  const schema = flattenEvent(spec, event);
  const deprecated = event.deprecated || schema.deprecated;
  const body = [
    ...(deprecated
      ? [
          `<Warning>\n  **Deprecated.** Woes still sends ${code(event.type)}, but it will be removed in a future API version. See the [changelog](/webhooks/changelog).\n</Warning>`,
        ]
      : []),
    `${code(event.type)} · category **${prose(event.category)}** · [JSON Schema](${schemaUrl(event.type)})`,
    '## When it fires',
    linkGuides(prose(event.description)),
    ...[eventFetchLine(spec, event)].filter(Boolean),
    ...examples(event),
    '## Payload',
    linkGuides(prose(schema.description)),
    responseFields(spec, schema),
    '## Headers',
    `Every delivery carries these headers. Verify the signature before you parse the body: see [Signing and verification](/webhooks/signing).`,
    table(['Header', 'Required', 'Description'], headerRows(spec.headers)),
    '## JSON Schema',
    `Validate payloads with the published schema: [${code(schemaUrl(event.type))}](${schemaUrl(event.type)}). It accepts fields and open-enum values added later, as receivers should. In JavaScript the same file ships in the package as ${code(`@woes/webhooks/schemas/events/${event.type}.json`)}.`,
  ];
  return page({
    title: event.type,
    description: event.summary || event.title,
    extra: deprecated ? { tag: 'Deprecated' } : {},
    body: body.join('\n\n'),
  });
}
