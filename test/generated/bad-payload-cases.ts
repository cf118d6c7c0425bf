import type { ValidationMode } from '../../src/runtime/validation/check-event.js';

/**
 * Bad payloads, as data. Each case changes one value of an event example (delete it when
 * `value` is undefined) and names where validation must point. A case applies to every
 * example that has its parent, so one row covers every event type.
 */
export interface BadPayloadCase {
  readonly name: string;
  readonly pointer: string;
  readonly value: unknown;
  /** JSON pointer the violation must name. */
  readonly path: string;
  readonly keyword: string;
  /** The modes that must reject it; the others must accept it. */
  readonly rejectedBy: readonly ValidationMode[];
  /** The case adds a field that is not there (only its parent must exist). */
  readonly adds?: true;
  /** Event categories the case is about, when the pointer means different things elsewhere. */
  readonly categories?: readonly string[];
}

const both: readonly ValidationMode[] = ['receiver', 'strict'];

export const BAD_PAYLOAD_CASES: readonly BadPayloadCase[] = [
  { name: 'missing event id', pointer: '/id', value: undefined, path: '/id', keyword: 'required', rejectedBy: both },
  { name: 'missing data', pointer: '/data', value: undefined, path: '/data', keyword: 'required', rejectedBy: both },
  { name: 'missing workspace id', pointer: '/workspaceId', value: undefined, path: '/workspaceId', keyword: 'required', rejectedBy: both },
  { name: 'sequence as a string', pointer: '/sequence', value: '3', path: '/sequence', keyword: 'type', rejectedBy: both },
  { name: 'sequence zero', pointer: '/sequence', value: 0, path: '/sequence', keyword: 'minimum', rejectedBy: both },
  { name: 'timestamp without milliseconds', pointer: '/occurredAt', value: '2026-06-28T18:00:00Z', path: '/occurredAt', keyword: 'pattern', rejectedBy: both },
  {
    name: 'timestamp on a day that does not exist',
    pointer: '/occurredAt',
    value: '2026-02-30T18:00:00.000Z',
    path: '/occurredAt',
    keyword: 'format',
    rejectedBy: both,
  },
  { name: 'workspace id that is not a uuid', pointer: '/workspaceId', value: 'ws_123', path: '/workspaceId', keyword: 'format', rejectedBy: both },
  { name: 'another apiVersion', pointer: '/apiVersion', value: 'v2', path: '/apiVersion', keyword: 'const', rejectedBy: both },
  { name: 'object other than event', pointer: '/object', value: 'evt', path: '/object', keyword: 'const', rejectedBy: both },
  { name: 'actor type outside the open enum', pointer: '/actor/type', value: 'robot', path: '/actor/type', keyword: 'enum', rejectedBy: ['strict'] },
  {
    name: 'resource kind outside the open enum',
    pointer: '/resource/object',
    value: 'invoice',
    path: '/resource/object',
    keyword: 'enum',
    rejectedBy: ['strict'],
  },
  { name: 'an unknown top-level field', pointer: '/livemode', value: true, path: '', keyword: 'additionalProperties', rejectedBy: ['strict'], adds: true },
  {
    name: 'an unknown field in data',
    pointer: '/data/internalNote',
    value: 'x',
    path: '/data',
    keyword: 'additionalProperties',
    rejectedBy: ['strict'],
    adds: true,
  },
  { name: 'resource createdAt malformed', pointer: '/data/createdAt', value: 'yesterday', path: '/data/createdAt', keyword: 'pattern', rejectedBy: both },
  { name: 'message role outside the closed enum', pointer: '/data/role', value: 'bot', path: '/data/role', keyword: 'enum', rejectedBy: both },
  {
    name: 'assignee type outside the closed enum',
    pointer: '/data/assignee/type',
    value: 'bot',
    path: '/data/assignee/type',
    keyword: 'enum',
    rejectedBy: both,
  },
  {
    name: 'conversation status outside the open enum',
    pointer: '/data/status',
    value: 'archived',
    path: '/data/status',
    keyword: 'enum',
    rejectedBy: ['strict'],
    categories: ['conversation'],
  },
  {
    name: 'conversation id that is not a uuid',
    pointer: '/data/conversationId',
    value: '42',
    path: '/data/conversationId',
    keyword: 'format',
    rejectedBy: both,
  },
  { name: 'confidence above 1', pointer: '/data/confidence/score', value: 86, path: '/data/confidence/score', keyword: 'maximum', rejectedBy: both },
  { name: 'message body over 8,000 characters', pointer: '/data/body', value: 'x'.repeat(8001), path: '/data/body', keyword: 'maxLength', rejectedBy: both },
  { name: 'null where the field is not nullable', pointer: '/data/createdAt', value: null, path: '/data/createdAt', keyword: 'type', rejectedBy: both },
];
