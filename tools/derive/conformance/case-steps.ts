import type { EventDefinition } from '../../spec/spec-model.js';
import type { JsonObject } from '../../spec/load-spec.js';
import { copyPayload, readAt, setAt, stableUuid } from './case-helpers.js';
import type { ConformanceStep, ConformanceSignature } from './case-model.js';

/** A spec example and its reference, `<event type>/<example name>`. */
export interface SourceExample {
  readonly ref: string;
  readonly payload: JsonObject;
}

/** An event a case sends: its id (also the webhook-id), its payload, the example it came from. */
export interface CaseEvent {
  readonly id: string;
  readonly payload: JsonObject;
  readonly example: string;
}

const SIGNED: readonly ConformanceSignature[] = [{ version: 'v1', secret: 'endpoint' }];

/** The first example of an event type. The ruleset guarantees every message has one. */
export function firstExample(event: EventDefinition | undefined): SourceExample {
  const example = event?.examples[0];
  if (!event || !example) throw new Error('conformance: the spec needs at least one event with an example');
  return { ref: `${event.type}/${example.name}`, payload: example.payload };
}

/** A correctly signed step, sent now. */
export function signedStep(event: CaseEvent, expect: ConformanceStep['expect']): ConformanceStep {
  return { example: event.example, webhookId: event.id, timestampOffsetSeconds: 0, payload: event.payload, signatures: SIGNED, omitHeaders: [], expect };
}

/** An example with fresh ids of its own, so that cases never share dedupe or ordering records. */
export function freshEvent(source: SourceExample, label: string, resourceLabel = label): CaseEvent {
  const payload = copyPayload(source.payload);
  const id = stableUuid(`${label}/event`);
  setAt(payload, '/id', id);
  // A resource of its own too: an earlier case's higher `sequence` must not make this one stale.
  const resourceId = stableUuid(`${resourceLabel}/resource`);
  // `data` is the snapshot of `resource`: keep the two ids equal where the example has them equal.
  if (readAt(payload, '/data/id') === readAt(payload, '/resource/id')) setAt(payload, '/data/id', resourceId);
  setAt(payload, '/resource/id', resourceId);
  return { id, payload, example: source.ref };
}
