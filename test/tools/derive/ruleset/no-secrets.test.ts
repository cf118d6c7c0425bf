import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSecrets } from '../../../../src/contract-kit/capture/secret-patterns.js';
import { readSpecModel } from '../../../../tools/spec/spec-model.js';
import { loadSpec, type Json, type JsonObject, type LoadedSpec } from '../../../../tools/spec/load-spec.js';
import { ALLOWED_SECRETS, RULES } from '../../../../tools/derive/ruleset.js';
import { NOT_SECRETS, SECRET_SAMPLES } from '../../../support/secret-samples.js';

type Mutable = { [key: string]: Json };
const at = (node: Json | undefined, ...keys: (string | number)[]): Mutable => {
  let current = node;
  for (const key of keys) current = (current as Mutable)[key];
  return current as Mutable;
};
const example = (raw: JsonObject): Mutable => at(raw, 'components', 'messages', 'conversationCreated', 'examples', 0);

const rule = RULES.find((candidate) => candidate.id === 'woes-no-secrets');
let spec: LoadedSpec;
beforeAll(async () => {
  const loaded = await loadSpec('asyncapi.yaml', async () => []);
  if (!loaded.ok) throw new Error('asyncapi.yaml must load');
  spec = loaded.spec;
});

function findings(raw: JsonObject): string[] {
  if (!rule) throw new Error('the woes-no-secrets rule exists');
  const { model } = readSpecModel(raw);
  return rule.check({ raw, model, validatePayload: () => [], validateHeaders: () => [] }).map((finding) => `${finding.path.join('.')}: ${finding.message}`);
}

/** Every place example content flows from the spec into schemas/ and the docs. */
const PLACES: readonly { readonly place: string; readonly put: (raw: JsonObject, secret: string) => void; readonly path: string }[] = [
  { place: 'an example payload', put: (raw, secret) => void (at(example(raw), 'payload', 'data').subject = secret), path: 'examples.0.payload.data.subject' },
  { place: 'an example header', put: (raw, secret) => void (at(example(raw), 'headers').authorization = secret), path: 'examples.0.headers.authorization' },
  {
    place: 'a schema description',
    put: (raw, secret) => void (at(raw, 'components', 'schemas', 'Conversation').description = `Use ${secret} to fetch it.`),
    path: 'schemas.Conversation.description',
  },
  {
    place: 'a property description',
    put: (raw, secret) => void (at(raw, 'components', 'schemas', 'Conversation', 'properties', 'subject').description = secret),
    path: 'Conversation.properties.subject.description',
  },
  {
    place: 'a schema `examples` list',
    put: (raw, secret) => void (at(raw, 'components', 'schemas', 'Label').examples = ['high', secret]),
    path: 'schemas.Label.examples.1',
  },
  { place: 'a schema `default`', put: (raw, secret) => void (at(raw, 'components', 'schemas', 'Label').default = secret), path: 'schemas.Label.default' },
  {
    place: 'a message description',
    put: (raw, secret) => void (at(raw, 'components', 'messages', 'conversationCreated').description = secret),
    path: 'messages.conversationCreated.description',
  },
  {
    place: 'the example secret copied elsewhere',
    put: (raw) => void (at(raw, 'info').description = String(at(raw, 'x-woes-signing').exampleSecret)),
    path: 'info.description',
  },
];

describe('woes-no-secrets: one pattern list, every place example content flows', () => {
  it('passes on asyncapi.yaml, whose only secret is the allowed x-woes-signing.exampleSecret', () => {
    expect(findings(spec.raw)).toEqual([]);
    expect(ALLOWED_SECRETS.map((allowed) => allowed.path.join('.'))).toEqual(['x-woes-signing.exampleSecret']);
    // Allowed by its place, not by its shape: the value itself is a secret to the shared list.
    expect(findSecrets(String(at(spec.raw, 'x-woes-signing').exampleSecret))).toEqual(['webhook secret (whsec_)']);
  });

  it.each(SECRET_SAMPLES)('catches a $kind in an example payload', ({ text }) => {
    const raw = structuredClone(spec.raw);
    at(example(raw), 'payload', 'data').subject = text;
    const found = findings(raw);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(finding).toMatch(/^components\.messages\.conversationCreated\.examples\.0\.payload\.data\.subject: contains a /);
  });

  it.each(PLACES)('catches a secret in $place', ({ put, path }) => {
    const raw = structuredClone(spec.raw);
    put(raw, 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    const found = findings(raw);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(path);
  });

  it.each(NOT_SECRETS)('leaves prose alone: %s', (text) => {
    const raw = structuredClone(spec.raw);
    at(raw, 'components', 'schemas', 'Conversation').description = text;
    expect(findings(raw)).toEqual([]);
  });

  it('reads YAML escapes decoded: "whsec_…\\u002f…" in a double-quoted scalar is a secret', async () => {
    const text = readFileSync('asyncapi.yaml', 'utf8').replace(/^( {2}title: )Woes webhooks$/m, '$1"Woes webhooks whsec_ZGVm\\u002fYWJjZGVmZ2hpams="');
    expect(text).toContain('\\u002f');
    const file = join(mkdtempSync(join(tmpdir(), 'woes-secrets-')), 'asyncapi.yaml');
    writeFileSync(file, text);
    const loaded = await loadSpec(file, async () => []);
    if (!loaded.ok) throw new Error('the edited spec loads');
    expect(findings(loaded.spec.raw)).toEqual(['info.title: contains a webhook secret (whsec_)']);
  });
});
