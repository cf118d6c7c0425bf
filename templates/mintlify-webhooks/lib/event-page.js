import { headerRows, responseFields } from './fields.js';
import { codeBlock, escapeMdx, page, table } from './mdx.js';
import { eventFetchLine } from './fetching-values.js';
import { flattenEvent, schemaUrl } from './read-spec.js';

function examples(event) {
  return event.examples
    .map((example) => {
      const headers = Object.entries(example.headers).map(([name, value]) => `${name}: ${value}`).join('\n');
      const request = `POST /webhooks/woes HTTP/1.1\n${headers}`;
      return [
        `### ${example.name}`,
        escapeMdx(example.summary),
        codeBlock('http', request, 'Headers'),
        codeBlock('json', JSON.stringify(example.payload, null, 2), 'Body'),
      ].join('\n\n');
    })
    .join('\n\n');
}

/** The reference page of one event type. */
export function eventPage(spec, event) {
  const schema = flattenEvent(spec, event);
  const deprecated = event.deprecated || schema.deprecated;
  const body = [
    ...(deprecated
      ? [`<Warning>\n  **Deprecated.** ${escapeMdx(event.deprecationNote || `Woes still sends \`${event.type}\`, but it will be removed in a future API version. See the [changelog](/webhooks/changelog).`)}\n</Warning>`]
      : []),
    `\`${event.type}\` · category **${event.category}** · [JSON Schema](${schemaUrl(event.type)})`,
    '## When it fires',
    escapeMdx(event.description),
    ...[eventFetchLine(spec, event)].filter(Boolean),
    '## Headers',
    `Every delivery carries these headers. Verify the signature before you parse the body: see [Signing and verification](/webhooks/signing).`,
    table(['Header', 'Required', 'Description'], headerRows(spec.headers)),
    '## Payload',
    escapeMdx(schema.description),
    responseFields(spec, schema),
    `## Example${event.examples.length > 1 ? 's' : ''}`,
    examples(event),
    '## JSON Schema',
    `Validate payloads with the published schema: [\`${schemaUrl(event.type)}\`](${schemaUrl(event.type)}). It accepts fields and open-enum values added later, as receivers should.`,
  ];
  return page({
    title: event.type,
    description: event.summary || event.title,
    extra: deprecated ? { tag: 'Deprecated' } : {},
    body: body.join('\n\n'),
  });
}
