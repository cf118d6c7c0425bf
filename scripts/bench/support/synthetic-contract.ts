// A contract with more event types than the real one, for measuring how `generate` scales:
// every event of asyncapi.yaml is copied (channel, operation, message, payload schema and its
// examples, re-signed with the spec's example secret) under a new type `<category>.<action>_<n>`
// until the contract has `eventCount` event types. Everything else is the real spec.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

type Node = { [key: string]: unknown };
const clone = <T>(value: T): T => structuredClone(value);
const obj = (value: unknown): Node => value as Node;

export function syntheticContract(eventCount: number, source = 'asyncapi.yaml'): string {
  const spec = obj(parse(readFileSync(source, 'utf8')));
  const channels = obj(spec.channels);
  const operations = obj(spec.operations);
  const components = obj(spec.components);
  const messages = obj(components.messages);
  const schemas = obj(components.schemas);
  const secret = String(obj(spec['x-woes-signing']).exampleSecret);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const originals = Object.entries(channels);
  if (eventCount < originals.length) throw new Error(`the real contract already has ${originals.length} event types`);

  for (let copy = 1, added = 0; originals.length + added < eventCount; copy++) {
    for (const [channelKey, channelValue] of originals) {
      if (originals.length + added >= eventCount) break;
      const channel = obj(clone(channelValue));
      const [[type, messageRef]] = Object.entries(obj(channel.messages)) as [[string, Node]];
      const messageKey = String(messageRef.$ref).split('/').pop() ?? '';
      const message = obj(clone(messages[messageKey]));
      const schemaName = String(obj(message.payload).$ref).split('/').pop() ?? '';
      const newType = `${type}_${copy}`;
      const suffix = `Copy${copy}`;

      const schema = obj(clone(schemas[schemaName]));
      for (const part of schema.allOf as Node[]) {
        const typeField = obj(part.properties ?? {}).type;
        if (typeField) obj(typeField).const = newType;
      }
      schemas[`${schemaName}${suffix}`] = schema;

      message.name = newType;
      message.payload = { $ref: `#/components/schemas/${schemaName}${suffix}` };
      for (const example of (message.examples ?? []) as Node[]) {
        const payload = obj(example.payload);
        payload.type = newType;
        const headers = obj(example.headers);
        const content = `${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${JSON.stringify(payload)}`;
        headers['webhook-signature'] = `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
      }
      messages[`${messageKey}${suffix}`] = message;

      channel.title = newType;
      channel.messages = { [newType]: { $ref: `#/components/messages/${messageKey}${suffix}` } };
      channels[`${channelKey}${suffix}`] = channel;

      const operationKey = Object.keys(operations).find((name) => obj(obj(operations[name]).channel).$ref === `#/channels/${channelKey}`) ?? '';
      const operation = obj(clone(operations[operationKey]));
      operation.channel = { $ref: `#/channels/${channelKey}${suffix}` };
      operations[`${operationKey}${suffix}`] = operation;
      added++;
    }
  }
  return stringify(spec, { lineWidth: 0 });
}
