import type { Json, JsonObject } from '../load-spec.js';
import { copyPayload, readAt, setAt, stableUuid } from './case-helpers.js';
import type { CaseStep, SignatureRecipe } from './case-model.js';

const SIGNED: readonly SignatureRecipe[] = [{ version: 'v1', secret: 'endpoint' }];

/** A correctly signed step, sent now. */
export function signedStep(webhookId: string, payload: Json, expect: CaseStep['expect']): CaseStep {
  return { webhookId, timestampOffsetSeconds: 0, payload, signatures: SIGNED, omitHeaders: [], expect };
}

/** An example payload with fresh ids of its own, so that cases never share dedupe or ordering records. */
export function freshEvent(example: JsonObject, label: string, resourceLabel = label): { id: string; payload: JsonObject } {
  const payload = copyPayload(example);
  const id = stableUuid(`${label}/event`);
  setAt(payload, '/id', id);
  // A resource of its own too: an earlier case's higher `sequence` must not make this one stale.
  const resourceId = stableUuid(`${resourceLabel}/resource`);
  // `data` is the snapshot of `resource`: keep the two ids equal where the example has them equal.
  if (readAt(payload, '/data/id') === readAt(payload, '/resource/id')) setAt(payload, '/data/id', resourceId);
  setAt(payload, '/resource/id', resourceId);
  return { id, payload };
}
