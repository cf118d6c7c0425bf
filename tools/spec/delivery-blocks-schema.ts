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
