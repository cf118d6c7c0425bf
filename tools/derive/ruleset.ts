import { createHmac } from 'node:crypto';
import { findSecretsInValue } from '../../src/contract-kit/capture/secret-patterns.js';
import { SCHEMA_REF_PREFIX, isObject, resolveLocalRef } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';
import { findBacktracking } from './backtracking-patterns.js';
import type { Finding, Rule } from './rule-model.js';
import { SCHEMA_RULES } from './schema-rules.js';

export type { Finding, Rule, RuleContext, ValidationIssue } from './rule-model.js';

export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;
/**
 * The only secrets the contract may hold, each with the reason. `exampleSecret` is the public
 * Standard Webhooks test secret the example signatures are made with (`woes-example-signature`
 * recomputes them from it), so it is a secret by shape and public by design.
 */
export const ALLOWED_SECRETS: readonly { readonly path: readonly string[]; readonly reason: string }[] = [
  { path: ['x-woes-signing', 'exampleSecret'], reason: 'the public test secret the example signatures are made with' },
];
const isAllowedSecret = (path: readonly (string | number)[]): boolean =>
  ALLOWED_SECRETS.some((allowed) => allowed.path.length === path.length && allowed.path.every((segment, index) => segment === path[index]));

const messagesOf = (raw: JsonObject): [string, JsonObject][] => {
  const components = isObject(raw.components) ? raw.components : {};
  const messages = isObject(components.messages) ? components.messages : {};
  return Object.entries(messages).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
};

const pointerToPath = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** Walks every schema under `node`, calling `visit` on each properties map. */
function eachPropertiesMap(node: Json, path: (string | number)[], visit: (properties: JsonObject, path: (string | number)[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => eachPropertiesMap(item, [...path, index], visit));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      visit(value, [...path, key]);
      for (const [name, property] of Object.entries(value)) eachPropertiesMap(property, [...path, key, name], visit);
    } else if (key !== 'examples' && key !== 'enum' && key !== 'const') {
      eachPropertiesMap(value, [...path, key], visit);
    }
  }
}

/** Every schema `pattern` (and `patternProperties` key) of the document with its path, without recursion. */
function eachPattern(raw: JsonObject, visit: (pattern: string, path: (string | number)[]) => void): void {
  const stack: { node: Json; path: (string | number)[] }[] = [{ node: raw, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (Array.isArray(node)) node.forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') visit(value, [...path, key]);
      else if (key === 'patternProperties' && isObject(value)) for (const name of Object.keys(value)) visit(name, [...path, key, name]);
      // Data, not schemas: an example's field may well be called `pattern`.
      if (key !== 'examples' && key !== 'example' && key !== 'enum' && key !== 'const' && key !== 'default') stack.push({ node: value, path: [...path, key] });
    }
  }
}

/**
 * Runs before every other rule (and before any example is matched against a pattern): a
 * pattern that backtracks exponentially would hang the example check, and then every
 * receiver that validates a delivery.
 */
export const PATTERN_RULE: Rule = {
  id: 'woes-pattern-backtracking',
  description:
    'No schema pattern can take exponential time: no repeated part inside a repeated group unless each repetition starts with a character the inner part cannot match, and no alternatives under a repetition that can start with the same character.',
  fix: 'Write the repetition once (`^a+$`, not `^(a+)+$`), or start each repeated group with a separator the inner part cannot match (`^[a-z]+(-[a-z]+)*$`, `^(/[a-z]+)+$`), and keep alternatives under a repetition apart (`(a|b)*`, not `(a|ab)*`).',
  check: ({ raw }) => {
    const findings: Finding[] = [];
    eachPattern(raw, (pattern, path) => {
      const found = findBacktracking(pattern);
      if (found) findings.push({ path, message: `pattern ${JSON.stringify(pattern)} can backtrack exponentially: ${found.reason}, in ${found.part}` });
    });
    return findings;
  },
};

export const RULES: readonly Rule[] = [
  PATTERN_RULE,
  {
    id: 'woes-message-example',
    description: 'Every message has at least one example with both `headers` and `payload`.',
    fix: 'Add an `examples` entry with `name`, `summary`, `headers` and `payload` to the message.',
    check: ({ raw }) =>
      messagesOf(raw).flatMap(([key, message]): Finding[] => {
        const examples = message.examples;
        if (!Array.isArray(examples) || examples.length === 0) return [{ path: ['components', 'messages', key], message: `message "${key}" has no example` }];
        return examples.flatMap((example, index): Finding[] =>
          isObject(example) && isObject(example.headers) && isObject(example.payload)
            ? []
            : [{ path: ['components', 'messages', key, 'examples', index], message: 'example lacks `headers` or `payload`' }],
        );
      }),
  },
  {
    id: 'woes-property-description',
    description: 'Every schema property has a description, its own or that of the schema it references.',
    fix: 'Add a `description` to the property saying what it holds and when it is null.',
    check: ({ raw }) => {
      const findings: Finding[] = [];
      const components = isObject(raw.components) ? raw.components : {};
      eachPropertiesMap(components, ['components'], (properties, path) => {
        for (const [name, property] of Object.entries(properties)) {
          if (!isObject(property)) continue;
          if (typeof property.description === 'string' && property.description.trim() !== '') continue;
          const target = typeof property.$ref === 'string' ? resolveLocalRef(raw, property.$ref) : undefined;
          if (isObject(target) && typeof target.description === 'string' && target.description.trim() !== '') continue;
          findings.push({ path: [...path, name], message: `property "${name}" has no description` });
        }
      });
      return findings;
    },
  },
  {
    id: 'woes-event-name',
    description: 'Every event type is `<category>.<action>` in snake_case, and the message name, channel title and payload `type` agree.',
    fix: "Name the event `<category>.<action>` (lowercase, digits, underscores) and use the same string as message `name`, channel `title` and the payload's `type` const.",
    check: ({ raw, model }) =>
      model.events.flatMap((event): Finding[] => {
        const findings: Finding[] = [];
        const messagePath = ['components', 'messages', event.messageKey];
        if (!EVENT_TYPE_PATTERN.test(event.type))
          findings.push({ path: [...messagePath, 'name'], message: `event type "${event.type}" does not match <category>.<action>` });
        const channel = isObject(raw.channels) ? raw.channels[event.channelKey] : undefined;
        if (isObject(channel) && channel.title !== event.type)
          findings.push({
            path: ['channels', event.channelKey, 'title'],
            message: `channel title "${String(channel.title)}" differs from the event type "${event.type}"`,
          });
        const schema = model.schemas[event.schemaName];
        const parts = schema && Array.isArray(schema.allOf) ? schema.allOf : [];
        const typeConst = parts
          .map((part) => (isObject(part) && isObject(part.properties) && isObject(part.properties.type) ? part.properties.type.const : undefined))
          .find((value) => value !== undefined);
        if (typeConst !== event.type)
          findings.push({
            path: ['components', 'schemas', event.schemaName],
            message: `payload type const ${JSON.stringify(typeConst ?? null)} differs from the event type "${event.type}"`,
          });
        return findings;
      }),
  },
  {
    id: 'woes-payload-ref',
    description: 'Every message payload is a `$ref` to a schema in `components.schemas` built as `allOf: [EventEnvelope, {...}]`.',
    fix: 'Define the payload under components.schemas as `allOf: [{ $ref: "#/components/schemas/EventEnvelope" }, { ...type and data }]` and reference it.',
    check: ({ raw, model }) =>
      messagesOf(raw).flatMap(([key, message]): Finding[] => {
        const ref = isObject(message.payload) ? message.payload.$ref : undefined;
        if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF_PREFIX))
          return [{ path: ['components', 'messages', key, 'payload'], message: 'payload is not a $ref to components.schemas' }];
        const schema = model.schemas[ref.slice(SCHEMA_REF_PREFIX.length)];
        const first = schema && Array.isArray(schema.allOf) ? schema.allOf[0] : undefined;
        if (!isObject(first) || first.$ref !== `${SCHEMA_REF_PREFIX}EventEnvelope`)
          return [
            { path: ['components', 'schemas', ref.slice(SCHEMA_REF_PREFIX.length)], message: 'payload schema does not start with allOf: [EventEnvelope, ...]' },
          ];
        return [];
      }),
  },
  {
    id: 'woes-channel-shape',
    description: "Every channel has `address: null` (the subscriber's URL), one message, and a `send` operation with the HTTP POST binding.",
    fix: 'Give the channel `address: null` and one message, and add a `send` operation on it with `bindings: { $ref: "#/components/operationBindings/webhookPost" }`.',
    check: ({ raw }) => {
      const findings: Finding[] = [];
      const channels = isObject(raw.channels) ? raw.channels : {};
      const operations = isObject(raw.operations) ? Object.values(raw.operations).filter(isObject) : [];
      for (const [key, channel] of Object.entries(channels)) {
        if (!isObject(channel)) continue;
        if (channel.address !== null) findings.push({ path: ['channels', key, 'address'], message: 'channel address is not null' });
        const count = isObject(channel.messages) ? Object.keys(channel.messages).length : 0;
        if (count !== 1) findings.push({ path: ['channels', key, 'messages'], message: `channel has ${count} messages, expected 1` });
        const operation = operations.find((op) => isObject(op.channel) && op.channel.$ref === `#/channels/${key}`);
        const binding =
          operation && isObject(operation.bindings) && typeof operation.bindings.$ref === 'string'
            ? resolveLocalRef(raw, operation.bindings.$ref)
            : operation?.bindings;
        const http = isObject(binding) && isObject(binding.http) ? binding.http : undefined;
        if (operation?.action !== 'send') findings.push({ path: ['channels', key], message: 'no send operation references this channel' });
        else if (http?.method !== 'POST') findings.push({ path: ['channels', key], message: 'the send operation has no HTTP POST binding' });
      }
      return findings;
    },
  },
  {
    id: 'woes-example-valid',
    description:
      'Every example payload validates against the strict schema of its event, its headers against the delivery headers, and `webhook-id` equals the payload `id`.',
    fix: 'Change the example to match the schema (or the schema, if the example shows what Woes really sends).',
    check: ({ model, validatePayload, validateHeaders }) =>
      model.events.flatMap((event) =>
        event.examples.flatMap((example, index): Finding[] => {
          const base = ['components', 'messages', event.messageKey, 'examples', index];
          return [
            ...validatePayload(event.type, example.payload).map(
              (issue): Finding => ({
                path: [...base, 'payload', ...pointerToPath(issue.instancePath)],
                message: `example does not match the payload schema: ${issue.message}`,
              }),
            ),
            ...validateHeaders(example.headers).map(
              (issue): Finding => ({ path: [...base, 'headers', ...pointerToPath(issue.instancePath)], message: `example headers ${issue.message}` }),
            ),
            ...(example.headers['webhook-id'] === example.payload.id
              ? []
              : [{ path: [...base, 'headers', 'webhook-id'], message: 'webhook-id differs from the payload id' }]),
          ];
        }),
      ),
  },
  {
    id: 'woes-example-signature',
    description:
      'Every example `webhook-signature` is the real `v1` signature of the example, made with `x-woes-signing.exampleSecret` over the compact JSON of its payload, so examples paste into tests.',
    fix: 'Set webhook-signature to the value this message gives (the payload or a header changed since it was signed).',
    check: ({ raw, model }) => {
      const signing = isObject(raw['x-woes-signing']) ? raw['x-woes-signing'] : {};
      const secret = typeof signing.exampleSecret === 'string' ? signing.exampleSecret : '';
      if (!secret.startsWith('whsec_')) return [];
      const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
      return model.events.flatMap((event) =>
        event.examples.flatMap((example, index): Finding[] => {
          const { 'webhook-id': id = '', 'webhook-timestamp': timestamp = '', 'webhook-signature': signature = '' } = example.headers;
          const expected = `v1,${createHmac('sha256', key)
            .update(`${id}.${timestamp}.${JSON.stringify(example.payload)}`)
            .digest('base64')}`;
          return signature.split(' ').includes(expected)
            ? []
            : [
                {
                  path: ['components', 'messages', event.messageKey, 'examples', index, 'headers', 'webhook-signature'],
                  message: `example signature does not match; expected ${expected}`,
                },
              ];
        }),
      );
    },
  },
  {
    id: 'woes-no-secrets',
    description:
      'No string in the contract looks like a secret (`whsec_`, `whsk_`, `woesk_`, private keys, provider keys, tokens): example payloads and headers, descriptions, `examples`, `default`s all flow into the published schemas and docs. Only `x-woes-signing.exampleSecret` is allowed.',
    fix: 'Remove the credential, or replace it with an obviously fake placeholder such as `woesk_…`: payloads, examples and docs never carry secrets.',
    // Every decoded string and key of the document: the places example content reaches are
    // many (payloads, headers, schema descriptions, examples, defaults, enums), and a secret
    // is wrong in each of them.
    check: ({ raw }) => findSecretsInValue(raw, [], isAllowedSecret).map((finding): Finding => ({ path: finding.path, message: `contains a ${finding.name}` })),
  },
  {
    id: 'woes-fetching-complete',
    description:
      '`x-woes-fetching.kinds` names every `resource.object` kind, and every kind `x-woes-fetching.fields` points to is listed there, so the docs can say how to read each id or that it has no REST read.',
    fix: 'Add the kind to x-woes-fetching.kinds with its `read` (or `read: null` and a sentence on what to do instead).',
    check: ({ raw }) => {
      const fetching = isObject(raw['x-woes-fetching']) ? raw['x-woes-fetching'] : undefined;
      const kinds = fetching && isObject(fetching.kinds) ? fetching.kinds : undefined;
      if (!kinds) return [];
      const ref = resolveLocalRef(raw, `${SCHEMA_REF_PREFIX}ResourceRef`);
      const objectKind = isObject(ref) && isObject(ref.properties) && isObject(ref.properties.object) ? ref.properties.object.enum : undefined;
      const resourceKinds = Array.isArray(objectKind) ? objectKind.filter((kind): kind is string => typeof kind === 'string') : [];
      const findings: Finding[] = resourceKinds
        .filter((kind) => !(kind in kinds))
        .map((kind) => ({ path: ['x-woes-fetching', 'kinds'], message: `resource kind "${kind}" has no entry` }));
      const fields = Array.isArray(fetching?.fields) ? fetching.fields : [];
      fields.forEach((entry, index) => {
        const kind = isObject(entry) && typeof entry.kind === 'string' ? entry.kind : '';
        if (!kind.startsWith('the kind in ') && !(kind in kinds))
          findings.push({ path: ['x-woes-fetching', 'fields', index, 'kind'], message: `kind "${kind}" is not in x-woes-fetching.kinds` });
      });
      return findings;
    },
  },
  {
    id: 'woes-open-enum-marker',
    description: '`x-woes-open-enum` is `true` and sits next to an `enum`.',
    fix: 'Write `x-woes-open-enum: true` only on a schema with `enum`, or remove it to close the enum.',
    check: ({ raw }) => {
      const findings: Finding[] = [];
      const visit = (node: Json, path: (string | number)[]): void => {
        if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
        if (!isObject(node)) return;
        if ('x-woes-open-enum' in node && (node['x-woes-open-enum'] !== true || !Array.isArray(node.enum)))
          findings.push({ path: [...path, 'x-woes-open-enum'], message: 'x-woes-open-enum without an enum, or not `true`' });
        for (const [key, value] of Object.entries(node)) if (key !== 'examples') visit(value, [...path, key]);
      };
      visit(isObject(raw.components) && isObject(raw.components.schemas) ? raw.components.schemas : {}, ['components', 'schemas']);
      return findings;
    },
  },
  // The payload schemas' shape, for every code generator (tools/derive/schema-rules.ts).
  ...SCHEMA_RULES,
];
