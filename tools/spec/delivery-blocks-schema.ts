/**
 * The shape of the `x-woes-*` blocks. AsyncAPI validates nothing inside extensions, so the
 * `woes-delivery-blocks` rule checks them against this schema. Every figure the docs, the
 * library and the contract tests use comes from these blocks.
 */
const seconds = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string', minLength: 1 } as const;
const status = { type: 'integer', minimum: 100, maximum: 599 } as const;

export const DELIVERY_BLOCKS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'x-woes-signing': {
      type: 'object',
      required: ['scheme', 'schemeVersion', 'headers', 'signedContent', 'toleranceSeconds', 'symmetric', 'asymmetric', 'rotation'],
      properties: {
        scheme: { const: 'standard-webhooks' },
        schemeVersion: text,
        headers: {
          type: 'object',
          required: ['id', 'timestamp', 'signature'],
          additionalProperties: false,
          properties: { id: text, timestamp: text, signature: text },
        },
        signedContent: text,
        toleranceSeconds: { type: 'integer', minimum: 1, maximum: 3600 },
        symmetric: {
          type: 'object',
          required: ['version', 'algorithm', 'secretPrefix', 'secretMinBytes', 'secretMaxBytes'],
          properties: {
            version: { const: 'v1' },
            algorithm: { const: 'HMAC-SHA256' },
            secretPrefix: text,
            secretMinBytes: { type: 'integer', minimum: 16 },
            secretMaxBytes: { type: 'integer', maximum: 128 },
          },
        },
        asymmetric: {
          type: 'object',
          required: ['version', 'algorithm', 'signingKeyPrefix', 'publicKeyPrefix'],
          properties: { version: { const: 'v1a' }, algorithm: { const: 'ed25519' }, signingKeyPrefix: text, publicKeyPrefix: text },
        },
        rotation: { type: 'object', required: ['overlapSeconds', 'description'], properties: { overlapSeconds: seconds, description: text } },
        exampleSecret: { type: 'string', pattern: '^whsec_[A-Za-z0-9+/]+=*$' },
        exampleSecretNote: text,
      },
    },
    'x-woes-retries': {
      type: 'object',
      required: ['scheduleSeconds', 'attemptTimeoutSeconds', 'success', 'failure', 'disableStatus', 'retryAfterStatuses', 'retryAfterMaxSeconds', 'terminalState', 'disableAfterSeconds', 'description'],
      properties: {
        scheduleSeconds: { type: 'array', minItems: 1, items: seconds },
        attemptTimeoutSeconds: { type: 'integer', minimum: 1, maximum: 120 },
        success: text,
        failure: text,
        disableStatus: status,
        retryAfterStatuses: { type: 'array', items: status, uniqueItems: true },
        retryAfterMaxSeconds: seconds,
        terminalState: text,
        disableAfterSeconds: seconds,
        description: text,
      },
    },
    'x-woes-idempotency': {
      type: 'object',
      required: ['key', 'payloadField', 'rememberForSeconds', 'description'],
      properties: { key: text, payloadField: text, rememberForSeconds: seconds, description: text },
    },
    'x-woes-ordering': {
      type: 'object',
      required: ['guarantee', 'sequenceField', 'sequenceScope', 'description'],
      properties: { guarantee: { enum: ['none', 'per-resource'] }, sequenceField: text, sequenceScope: { enum: ['resource'] }, description: text },
    },
    'x-woes-limits': {
      type: 'object',
      required: ['maxPayloadBytes', 'description'],
      properties: { maxPayloadBytes: { type: 'integer', minimum: 1024 }, description: text },
    },
    // Read by `woes-webhooks diff`: which version bump each class of change needs, and which
    // classes fail the gate without it.
    'x-woes-versioning': {
      type: 'object',
      required: ['scheme', 'envelopeField', 'bumps', 'gate', 'deprecationWindowDays', 'markers', 'releases', 'description'],
      additionalProperties: false,
      properties: {
        scheme: { const: 'semver' },
        envelopeField: { const: 'apiVersion' },
        bumps: {
          type: 'object',
          required: ['breaking', 'policy', 'non-breaking', 'docs'],
          additionalProperties: false,
          properties: Object.fromEntries(['breaking', 'policy', 'non-breaking', 'docs'].map((name) => [name, { enum: ['major', 'minor', 'patch', 'none'] }])),
        },
        gate: { type: 'array', uniqueItems: true, items: { enum: ['breaking', 'policy', 'non-breaking', 'docs'] } },
        deprecationWindowDays: { type: 'integer', minimum: 1 },
        markers: { type: 'object', required: ['property', 'event'], additionalProperties: false, properties: { property: text, event: text } },
        releases: text,
        description: text,
      },
    },
  },
} as const;

/** `x-woes-signing`: Standard Webhooks signing, as the library and the docs use it. */
export interface SigningBlock {
  readonly scheme: 'standard-webhooks';
  readonly schemeVersion: string;
  readonly headers: { readonly id: string; readonly timestamp: string; readonly signature: string };
  readonly signedContent: string;
  readonly toleranceSeconds: number;
  readonly symmetric: { readonly version: 'v1'; readonly algorithm: 'HMAC-SHA256'; readonly secretPrefix: string; readonly secretMinBytes: number; readonly secretMaxBytes: number };
  readonly asymmetric: { readonly version: 'v1a'; readonly algorithm: 'ed25519'; readonly signingKeyPrefix: string; readonly publicKeyPrefix: string };
  readonly rotation: { readonly overlapSeconds: number; readonly description: string };
  readonly exampleSecret?: string;
  readonly exampleSecretNote?: string;
}

/** `x-woes-retries`: the delivery schedule and what ends it. */
export interface RetriesBlock {
  readonly scheduleSeconds: readonly number[];
  readonly attemptTimeoutSeconds: number;
  readonly success: string;
  readonly failure: string;
  readonly disableStatus: number;
  readonly retryAfterStatuses: readonly number[];
  readonly retryAfterMaxSeconds: number;
  readonly terminalState: string;
  readonly disableAfterSeconds: number;
  readonly description: string;
}

/** `x-woes-idempotency`: the deduplication key and how long Woes keeps it stable. */
export interface IdempotencyBlock {
  readonly key: string;
  readonly payloadField: string;
  readonly rememberForSeconds: number;
  readonly description: string;
}

/** `x-woes-ordering`: what order receivers can rely on, and the field that tells them. */
export interface OrderingBlock {
  readonly guarantee: 'none' | 'per-resource';
  readonly sequenceField: string;
  readonly sequenceScope: 'resource';
  readonly description: string;
}

/** `x-woes-limits`: the largest delivery body. */
export interface LimitsBlock {
  readonly maxPayloadBytes: number;
  readonly description: string;
}

export type ChangeClassName = 'breaking' | 'policy' | 'non-breaking' | 'docs';
export type VersionBump = 'major' | 'minor' | 'patch' | 'none';

/** `x-woes-versioning`: the bump each class of change needs; read by the gate. */
export interface VersioningBlock {
  readonly scheme: 'semver';
  readonly envelopeField: 'apiVersion';
  readonly bumps: { readonly [change in ChangeClassName]: VersionBump };
  readonly gate: readonly ChangeClassName[];
  readonly deprecationWindowDays: number;
  readonly markers: { readonly property: string; readonly event: string };
  readonly releases: string;
  readonly description: string;
}

/**
 * Every top-level `x-woes-*` block, keyed without the prefix. The spec model hands these out
 * only after they passed DELIVERY_BLOCKS_SCHEMA, so every reader can rely on each figure.
 */
export interface DeliveryBlocks {
  readonly signing: SigningBlock;
  readonly retries: RetriesBlock;
  readonly idempotency: IdempotencyBlock;
  readonly ordering: OrderingBlock;
  readonly limits: LimitsBlock;
  readonly versioning: VersioningBlock;
}

/** The blocks every contract must have: the keys of DELIVERY_BLOCKS_SCHEMA, as written in the spec. */
export const REQUIRED_DELIVERY_BLOCKS = ['x-woes-signing', 'x-woes-retries', 'x-woes-idempotency', 'x-woes-ordering', 'x-woes-limits', 'x-woes-versioning'] as const;
