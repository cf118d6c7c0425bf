import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { EVENT_TYPES } from '../../generated/catalog.js';
import type { WebhookEventType } from '../../generated/types.js';

export interface NamedExample {
  readonly type: WebhookEventType;
  readonly name: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: Record<string, unknown>;
}

/** Every spec example, flattened, as fresh mutable copies. */
export function allExamples(): NamedExample[] {
  return EVENT_TYPES.flatMap((type) =>
    EVENT_EXAMPLES[type].map((example) => ({
      type,
      name: `${type} / ${example.name}`,
      headers: example.headers,
      payload: structuredClone(example.payload) as unknown as Record<string, unknown>,
    })),
  );
}

/** The first example of a type, as a fresh mutable copy. */
export function firstExample(type: WebhookEventType): Record<string, unknown> {
  const example = EVENT_EXAMPLES[type][0];
  if (!example) throw new Error(`no example for ${type}`);
  return structuredClone(example.payload) as unknown as Record<string, unknown>;
}

/** Sets or deletes the value at a JSON pointer (`/data/status`); `undefined` deletes. */
export function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  let node: unknown = target;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  if (last === undefined || typeof node !== 'object' || node === null) throw new Error(`no parent for ${pointer}`);
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}
