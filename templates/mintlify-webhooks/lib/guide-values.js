import { categoryCards } from './catalog-page.js';
import { fetchingValues } from './fetching-values.js';
import { table } from './mdx.js';
import { deref } from './read-spec.js';

function duration(seconds) {
  if (seconds === 0) return 'immediately';
  if (seconds % 86400 === 0) return `${seconds / 86400} day${seconds === 86400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** A cumulative time, rounded the way a reader thinks of it: 35 minutes, 2.6 hours. */
function about(seconds) {
  if (seconds < 60) return `${seconds} seconds`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round((seconds / 3600) * 10) / 10} hours`;
}

function need(block, key, name) {
  const value = block?.[key];
  if (value === undefined || value === null)
    throw new Error(`mintlify-webhooks: x-woes-${name}.${key} is missing from the spec; the guides read it from there.`);
  return value;
}

function retryTable(schedule) {
  let elapsed = 0;
  const rows = schedule.map((wait, index) => {
    elapsed += wait;
    return [String(index + 1), index === 0 ? 'at once' : `${duration(wait)} after attempt ${index}`, elapsed === 0 ? '0' : `about ${about(elapsed)}`];
  });
  return table(['Attempt', 'Sent', 'Time since the first attempt'], rows);
}

function hours(seconds) {
  const value = Math.round((seconds / 3600) * 10) / 10;
  return `${value} hours`;
}

/**
 * Every figure the guide prose may quote, read from the `x-woes-*` blocks and the envelope
 * schema. A guide names them as `{{key}}`; a key missing here fails the generation.
 */
export function guideValues(spec) {
  const { signing, retries, idempotency, ordering, limits, versioning } = spec.delivery;
  const schedule = need(retries, 'scheduleSeconds', 'retries');
  const envelope = deref(spec, spec.schemas.EventEnvelope ?? {});
  const apiVersion = deref(spec, envelope.properties?.apiVersion ?? {});
  return {
    contractVersion: spec.version,
    eventCount: String(spec.events.length),
    categoryCount: String(new Set(spec.events.map((event) => event.category)).size),
    categoryCards: { mdx: categoryCards(spec) },
    headerId: need(signing, 'headers', 'signing').id,
    headerTimestamp: need(signing, 'headers', 'signing').timestamp,
    headerSignature: need(signing, 'headers', 'signing').signature,
    signedContent: need(signing, 'signedContent', 'signing'),
    toleranceSeconds: String(need(signing, 'toleranceSeconds', 'signing')),
    tolerance: duration(need(signing, 'toleranceSeconds', 'signing')),
    symmetricVersion: need(signing, 'symmetric', 'signing').version,
    symmetricAlgorithm: signing.symmetric.algorithm,
    secretPrefix: signing.symmetric.secretPrefix,
    secretMinBytes: String(signing.symmetric.secretMinBytes),
    secretMaxBytes: String(signing.symmetric.secretMaxBytes),
    asymmetricVersion: need(signing, 'asymmetric', 'signing').version,
    asymmetricAlgorithm: signing.asymmetric.algorithm,
    signingKeyPrefix: signing.asymmetric.signingKeyPrefix,
    publicKeyPrefix: signing.asymmetric.publicKeyPrefix,
    rotationOverlap: duration(need(signing, 'rotation', 'signing').overlapSeconds),
    rotationDescription: signing.rotation.description ?? '',
    exampleSecret: need(signing, 'exampleSecret', 'signing'),
    attempts: String(schedule.length),
    retryTable: { mdx: retryTable(schedule) },
    retryWindow: hours(schedule.reduce((sum, wait) => sum + wait, 0)),
    attemptTimeout: duration(need(retries, 'attemptTimeoutSeconds', 'retries')),
    successRule: need(retries, 'success', 'retries'),
    failureRule: need(retries, 'failure', 'retries'),
    disableStatus: String(need(retries, 'disableStatus', 'retries')),
    retryAfterStatuses: need(retries, 'retryAfterStatuses', 'retries')
      .map((status) => `\`${status}\``)
      .join(' and '),
    retryAfterMax: duration(need(retries, 'retryAfterMaxSeconds', 'retries')),
    terminalState: need(retries, 'terminalState', 'retries'),
    disableAfter: duration(need(retries, 'disableAfterSeconds', 'retries')),
    idempotencyKey: need(idempotency, 'key', 'idempotency'),
    idempotencyField: need(idempotency, 'payloadField', 'idempotency'),
    rememberFor: duration(need(idempotency, 'rememberForSeconds', 'idempotency')),
    idempotencyDescription: need(idempotency, 'description', 'idempotency'),
    orderingGuarantee: need(ordering, 'guarantee', 'ordering'),
    sequenceField: need(ordering, 'sequenceField', 'ordering'),
    sequenceScope: need(ordering, 'sequenceScope', 'ordering'),
    orderingDescription: need(ordering, 'description', 'ordering'),
    maxPayloadBytes: String(need(limits, 'maxPayloadBytes', 'limits')),
    maxPayloadKiB: `${need(limits, 'maxPayloadBytes', 'limits') / 1024} KiB`,
    apiVersion: String(apiVersion.const ?? ''),
    deprecationWindow: duration(need(versioning, 'deprecationWindowDays', 'versioning') * 86400),
    ...fetchingValues(spec),
  };
}
