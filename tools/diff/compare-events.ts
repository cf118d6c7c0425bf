import { isObject, resolveLocalRef, type EventDefinition } from '../spec/spec-model.js';
import type { Json } from '../spec/load-spec.js';
import { flattenEventSchema } from '../spec/spec-model.js';
import type { ChangeRuleId } from './change-rules.js';
import { compareSchemas } from './compare-schemas.js';
import type { ContractVersion } from './contract-version.js';
import { same } from './schema-facets.js';

/** A difference tied to event types, before changes shared by several events are grouped. */
export interface EventChange {
  readonly rule: ChangeRuleId;
  readonly location: string;
  readonly detail: string;
  readonly event?: string;
  readonly before?: Json;
  readonly after?: Json;
}

/** In the envelope these otherwise harmless narrowings still change what every receiver's routing reads. */
const ENVELOPE_STRICT: ReadonlySet<ChangeRuleId> = new Set([
  'property-made-required',
  'property-made-non-null',
  'type-narrowed',
  'enum-introduced',
  'bound-tightened',
]);

/** Envelope fields an event does not redefine (`type` and `data` are narrowed by every event). */
function envelopeFields(version: ContractVersion, event: EventDefinition): Set<string> {
  const envelope = version.model.schemas.EventEnvelope;
  const fields = new Set(isObject(envelope?.properties) ? Object.keys(envelope.properties) : []);
  const source = version.model.schemas[event.schemaName];
  for (const part of Array.isArray(source?.allOf) ? source.allOf : []) {
    if (isObject(part) && part.$ref === undefined && isObject(part.properties)) for (const name of Object.keys(part.properties)) fields.delete(name);
  }
  return fields;
}

/** The send operation's bindings for an event, resolved: how it travels (HTTP POST). */
function bindingOf(version: ContractVersion, event: EventDefinition): Json | undefined {
  const operations = isObject(version.raw.operations) ? Object.values(version.raw.operations) : [];
  const operation = operations.find((op) => isObject(op) && isObject(op.channel) && op.channel.$ref === `#/channels/${event.channelKey}`);
  if (!isObject(operation)) return undefined;
  const { bindings } = operation;
  return isObject(bindings) && typeof bindings.$ref === 'string' ? resolveLocalRef(version.raw, bindings.$ref) : bindings;
}

const examplesOf = (event: EventDefinition): Json => event.examples.map((example) => ({ ...example }));

/** Compares the event inventory and, for every event in both versions, its message and payload. */
export function compareEvents(base: ContractVersion, head: ContractVersion): EventChange[] {
  const out: EventChange[] = [];
  const headByType = new Map(head.model.events.map((event) => [event.type, event]));
  const baseTypes = new Set(base.model.events.map((event) => event.type));
  const added = head.model.events.filter((event) => !baseTypes.has(event.type));
  const renamedTo = new Set<string>();
  for (const before of base.model.events) {
    const after = headByType.get(before.type);
    if (after) {
      out.push(...compareEvent(base, head, before, after));
      continue;
    }
    const successor = added.find(
      (event) =>
        !renamedTo.has(event.type) &&
        (event.messageKey === before.messageKey ||
          event.channelKey === before.channelKey ||
          (event.schemaName !== '' && event.schemaName === before.schemaName)),
    );
    if (successor) {
      renamedTo.add(successor.type);
      out.push({
        rule: 'event-renamed',
        location: `event ${before.type}`,
        detail: `event "${before.type}" renamed to "${successor.type}"`,
        event: before.type,
        before: before.type,
        after: successor.type,
      });
    } else {
      out.push({ rule: 'event-removed', location: `event ${before.type}`, detail: `event "${before.type}" removed`, event: before.type });
    }
  }
  for (const event of added.filter((item) => !renamedTo.has(item.type)))
    out.push({ rule: 'event-added', location: `event ${event.type}`, detail: `event "${event.type}" added`, event: event.type });
  return out;
}

function compareEvent(base: ContractVersion, head: ContractVersion, before: EventDefinition, after: EventDefinition): EventChange[] {
  const event = before.type;
  const out: EventChange[] = [];
  const at = `event ${event}`;
  for (const field of ['title', 'summary', 'description'] as const) {
    if (before[field] !== after[field])
      out.push({ rule: 'event-docs-changed', location: at, detail: `${field} changed`, event, before: before[field], after: after[field] });
  }
  if (!same(examplesOf(before), examplesOf(after))) out.push({ rule: 'examples-changed', location: at, detail: 'examples changed', event });
  if (before.deprecated !== after.deprecated)
    out.push({
      rule: after.deprecated ? 'event-deprecated' : 'event-undeprecated',
      location: at,
      detail: after.deprecated ? 'marked deprecated (x-woes-deprecated)' : 'no longer deprecated',
      event,
    });
  if (!same(bindingOf(base, before), bindingOf(head, after)))
    out.push({
      rule: 'unclassified-change',
      location: at,
      detail: 'operation bindings changed',
      event,
      before: bindingOf(base, before) ?? null,
      after: bindingOf(head, after) ?? null,
    });

  const envelope = new Set([...envelopeFields(base, before), ...envelopeFields(head, after)]);
  const payloadBefore = flattenEventSchema(base.model, before);
  const payloadAfter = flattenEventSchema(head.model, after);
  // The payload's own description is the event schema's prose, reported with the event.
  const changes = compareSchemas({ raw: base.raw, node: payloadBefore, seen: [] }, { raw: head.raw, node: payloadAfter, seen: [] });
  for (const change of changes) {
    const top = change.path.split(/[.[{]/)[0] ?? '';
    const rule = envelope.has(top) && ENVELOPE_STRICT.has(change.rule) ? 'envelope-changed' : change.rule;
    const detail = rule === change.rule ? change.detail : `envelope: ${change.detail}`;
    out.push({
      rule,
      location: change.path === '' ? 'payload' : `payload ${change.path}`,
      detail,
      event,
      ...(change.before === undefined ? {} : { before: change.before }),
      ...(change.after === undefined ? {} : { after: change.after }),
    });
  }
  return out;
}
