/**
 * The shape of the `x-woes-*` blocks. AsyncAPI validates nothing inside extensions, so the
 * `woes-delivery-blocks` rule checks them against this schema. Every figure the docs, the
 * library and the contract tests use comes from these blocks.
 */
const seconds = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string', minLength: 1 } as const;
const status = { type: 'integer', minimum: 100, maximum: 599 } as const;
/** A REST read, relative to `x-woes-fetching.baseUrl`, or `null` where there is none. */
const read = { type: ['string', 'null'], pattern: '^GET /[^\\s]*$' } as const;

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
      required: [
        'scheduleSeconds',
        'attemptTimeoutSeconds',
        'success',
        'failure',
        'disableStatus',
        'retryAfterStatuses',
        'retryAfterMaxSeconds',
        'terminalState',
        'disableAfterSeconds',
        'jitter',
        'description',
      ],
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
        jitter: {
          type: 'object',
          required: ['maxFraction', 'description'],
          additionalProperties: false,
          properties: { maxFraction: { type: 'number', minimum: 0, maximum: 1 }, description: text },
        },
        description: text,
      },
    },
    // How many deliveries to one endpoint are in flight at once, and whether one resource's wait for each other.
    'x-woes-concurrency': {
      type: 'object',
      required: ['maxInFlightPerEndpoint', 'perResourceSerialized', 'description'],
      additionalProperties: false,
      properties: { maxInFlightPerEndpoint: { type: 'integer', minimum: 1 }, perResourceSerialized: { type: 'boolean' }, description: text },
    },
    // Where deliveries come from: whether Woes publishes its sender addresses, and where.
    'x-woes-network': {
      type: 'object',
      required: ['publishedSenderAddresses', 'description'],
      additionalProperties: false,
      // Publishing them would add the list's address here, beside the flag.
      properties: { publishedSenderAddresses: { type: 'boolean' }, description: text },
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
      required: ['maxPayloadBytes', 'overflow', 'description'],
      properties: {
        maxPayloadBytes: { type: 'integer', minimum: 1024 },
        overflow: {
          type: 'object',
          required: ['strategy', 'flagField', 'marker', 'cuts'],
          additionalProperties: false,
          properties: {
            strategy: { const: 'truncate' },
            flagField: text,
            marker: text,
            cuts: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['field', 'keepCharacters', 'read', 'description'],
                additionalProperties: false,
                properties: { field: text, keepCharacters: { type: 'integer', minimum: 1 }, read, description: text },
              },
            },
          },
        },
        description: text,
      },
    },
    // Where every id in a payload can be read through the REST API, and where it cannot.
    'x-woes-fetching': {
      type: 'object',
      required: ['baseUrl', 'authentication', 'kinds', 'fields', 'resourceUrl', 'description'],
      additionalProperties: false,
      properties: {
        baseUrl: { type: 'string', pattern: '^https://[^\\s]+[^/]$' },
        authentication: {
          type: 'object',
          required: ['header', 'scheme', 'keyPrefix', 'where', 'description'],
          additionalProperties: false,
          properties: { header: text, scheme: text, keyPrefix: text, where: text, description: text },
        },
        kinds: {
          type: 'object',
          minProperties: 1,
          additionalProperties: {
            type: 'object',
            required: ['read', 'description'],
            additionalProperties: false,
            properties: { read, description: text },
          },
        },
        fields: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['field', 'kind'], additionalProperties: false, properties: { field: text, kind: text } },
        },
        resourceUrl: { type: 'boolean' },
        description: text,
      },
    },
    // How a receiver recovers deliveries that failed or were never attempted.
    'x-woes-recovery': {
      type: 'object',
      required: ['resendableForSeconds', 'bulk', 'replay', 'whileDisabled', 'afterReenable', 'description'],
      additionalProperties: false,
      properties: {
        resendableForSeconds: { type: 'integer', minimum: 86400 },
        bulk: {
          type: 'object',
          required: ['dashboard', 'api', 'body', 'deliveriesPerSecond', 'description'],
          additionalProperties: false,
          properties: {
            dashboard: text,
            api: { type: 'string', pattern: '^POST /' },
            body: text,
            deliveriesPerSecond: { type: 'integer', minimum: 1 },
            description: text,
          },
        },
        // Whether the bulk call can also resend events that were delivered (a receiver restored from a backup), and for how long.
        replay: {
          type: 'object',
          required: ['delivered', 'forSeconds', 'body', 'description'],
          additionalProperties: false,
          properties: { delivered: { type: 'boolean' }, forSeconds: seconds, body: text, description: text },
        },
        whileDisabled: { enum: ['recorded', 'dropped'] },
        afterReenable: { enum: ['manual', 'automatic'] },
        description: text,
      },
    },
    // What user-written content payloads carry, and whether detected secrets are redacted.
    'x-woes-content': {
      type: 'object',
      required: ['userTextVerbatim', 'redactsSecrets', 'redaction', 'fields', 'description'],
      additionalProperties: false,
      properties: {
        userTextVerbatim: { type: 'boolean' },
        redactsSecrets: { type: 'boolean' },
        redaction: {
          type: 'object',
          required: ['replacement', 'detects'],
          additionalProperties: false,
          properties: { replacement: text, detects: { type: 'array', minItems: 1, items: text } },
        },
        fields: { type: 'array', minItems: 1, uniqueItems: true, items: text },
        description: text,
      },
    },
    // Read by the gate (`npm run diff`): which version bump each class of change needs, and which
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
  readonly symmetric: {
    readonly version: 'v1';
    readonly algorithm: 'HMAC-SHA256';
    readonly secretPrefix: string;
    readonly secretMinBytes: number;
    readonly secretMaxBytes: number;
  };
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
  /** Each wait before a retry is lengthened by a random fraction up to `maxFraction`, never shortened. */
  readonly jitter: { readonly maxFraction: number; readonly description: string };
  readonly description: string;
}

/** `x-woes-concurrency`: deliveries in flight to one endpoint at a time, and whether a resource's events wait for each other. */
export interface ConcurrencyBlock {
  readonly maxInFlightPerEndpoint: number;
  /** `true` would mean one delivery per resource at a time; `false`: events about one resource can be in flight together. */
  readonly perResourceSerialized: boolean;
  readonly description: string;
}

/** `x-woes-network`: whether the addresses Woes delivers from are published, and where. */
export interface NetworkBlock {
  readonly publishedSenderAddresses: boolean;
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
  readonly overflow?: LimitsOverflow;
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
  readonly fetching: FetchingBlock;
  readonly recovery: RecoveryBlock;
  readonly content: ContentBlock;
  readonly concurrency: ConcurrencyBlock;
  readonly network: NetworkBlock;
}

/** The blocks every contract must have: the keys of DELIVERY_BLOCKS_SCHEMA, as written in the spec. */
export const REQUIRED_DELIVERY_BLOCKS = [
  'x-woes-signing',
  'x-woes-retries',
  'x-woes-idempotency',
  'x-woes-ordering',
  'x-woes-limits',
  'x-woes-versioning',
  'x-woes-fetching',
  'x-woes-recovery',
  'x-woes-content',
  'x-woes-concurrency',
  'x-woes-network',
] as const;

/** `x-woes-limits.overflow`: what Woes does when an event would still exceed `maxPayloadBytes`. */
export interface LimitsOverflow {
  readonly strategy: 'truncate';
  /** The envelope field listing the JSON pointers of the fields that were cut. */
  readonly flagField: string;
  /** What a cut field ends with. */
  readonly marker: string;
  /** The fields shortened, first to last, until the body fits. */
  readonly cuts: readonly OverflowCut[];
}

/** One field `x-woes-limits.overflow` may cut: how much of it is kept, and whether the whole text can be read elsewhere. */
export interface OverflowCut {
  /** The field, as a path from the event root (`data.body`); `changes.previous` stands for every text value in it. */
  readonly field: string;
  /** A cut field keeps this many characters, then the marker. */
  readonly keepCharacters: number;
  /** The REST read (relative to `x-woes-fetching.baseUrl`) that returns the whole text, or `null`: it cannot be had in full. */
  readonly read: string | null;
  readonly description: string;
}

/** One kind of id in `x-woes-fetching.kinds`: its REST read, or `null` when it has none. */
export interface FetchingKind {
  /** `GET /path/{id}` relative to `baseUrl`, or `null`: the kind has no REST read. */
  readonly read: string | null;
  readonly description: string;
}

/** `x-woes-fetching`: how to read every id a payload carries through the REST API. */
export interface FetchingBlock {
  readonly baseUrl: string;
  readonly authentication: {
    readonly header: string;
    readonly scheme: string;
    readonly keyPrefix: string;
    readonly where: string;
    readonly description: string;
  };
  readonly kinds: Readonly<Record<string, FetchingKind>>;
  /** Each id-holding payload field and the kind of id it holds (a kind, or "the kind in <field>"). */
  readonly fields: readonly { readonly field: string; readonly kind: string }[];
  /** Whether `resource` carries a `url` (it does not; the block says why). */
  readonly resourceUrl: boolean;
  readonly description: string;
}

/** `x-woes-recovery`: how failed and never-attempted deliveries are resent. */
export interface RecoveryBlock {
  /** How long after `occurredAt` a failed delivery can be resent. */
  readonly resendableForSeconds: number;
  readonly bulk: {
    readonly dashboard: string;
    readonly api: string;
    readonly body: string;
    /** The pace a bulk recovery sends at, per endpoint. */
    readonly deliveriesPerSecond: number;
    readonly description: string;
  };
  /** Whether the bulk call can resend delivered events too (`delivered`), for how long after each event, and the request body. */
  readonly replay: { readonly delivered: boolean; readonly forSeconds: number; readonly body: string; readonly description: string };
  /** Events while an endpoint is disabled: `recorded` as failed (recoverable) or `dropped`. */
  readonly whileDisabled: 'recorded' | 'dropped';
  /** Whether re-enabling resends by itself (`automatic`) or waits for a recovery (`manual`). */
  readonly afterReenable: 'manual' | 'automatic';
  readonly description: string;
}

/** `x-woes-content`: what user-written content payloads carry and what Woes redacts. */
export interface ContentBlock {
  readonly userTextVerbatim: boolean;
  readonly redactsSecrets: boolean;
  readonly redaction: { readonly replacement: string; readonly detects: readonly string[] };
  /** The payload fields that carry user-written text. */
  readonly fields: readonly string[];
  readonly description: string;
}
