// @ts-check
import { categoryCards } from './catalog-page.js';
import { capacityValues } from './capacity-values.js';
import { fetchingValues } from './fetching-values.js';
import { limitsValues } from './limits-values.js';
import { code, table } from './mdx.js';
import { deref, objectOrEmpty } from './read-spec.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */
/**
 * A guide figure: text to escape, or MDX (a table, a code block) inserted as it is.
 * @typedef {string | { mdx: string }} GuideValue
 */

/** @param {number} seconds */
function duration(seconds) {
  if (seconds === 0) return 'immediately';
  if (seconds % 86400 === 0) return `${seconds / 86400} day${seconds === 86400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/**
 * A cumulative time, rounded the way a reader thinks of it: 35 minutes, 2.6 hours.
 * @param {number} seconds
 */
function about(seconds) {
  if (seconds < 60) return `${seconds} seconds`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round((seconds / 3600) * 10) / 10} hours`;
}

/**
 * The schedule as the earliest each attempt comes, and the latest once each wait has its
 * largest jitter.
 * @param {readonly number[]} schedule
 * @param {number} jitter the largest fraction a wait is lengthened by
 */
function retryTable(schedule, jitter) {
  let elapsed = 0;
  const rows = schedule.map((wait, index) => {
    elapsed += wait;
    const latest = elapsed * (1 + jitter);
    return [
      String(index + 1),
      index === 0 ? 'at once' : `${duration(wait)} after attempt ${index}`,
      elapsed === 0 ? '0' : `about ${about(elapsed)}`,
      elapsed === 0 ? '0' : `about ${about(Math.round(latest))}`,
    ];
  });
  return table(['Attempt', 'Sent', 'Time since the first attempt', 'At the latest, with jitter'], rows);
}

/** `0.1` → `10%`. @param {number} fraction */
const percent = (fraction) => `${Math.round(fraction * 1000) / 10}%`;

/** @param {number} seconds */
function hours(seconds) {
  const value = Math.round((seconds / 3600) * 10) / 10;
  return `${value} hours`;
}

/**
 * The guides sign their examples with it; the block schema leaves it optional for other contracts.
 * @param {SpecModel['delivery']['signing']} signing
 */
function exampleSecret(signing) {
  if (signing.exampleSecret === undefined) throw new Error('mintlify-webhooks: the guides quote x-woes-signing.exampleSecret, which the spec does not set.');
  return signing.exampleSecret;
}

/**
 * Every figure the guide prose may quote, read from the `x-woes-*` blocks and the envelope
 * schema. A guide names them as `{{key}}`; a key missing here fails the generation.
 * @param {SpecModel} spec
 * @param {import('./icons.js').IconLibrary} iconLibrary
 * @returns {Readonly<Record<string, GuideValue>>}
 */
export function guideValues(spec, iconLibrary) {
  const { signing, retries, idempotency, ordering, limits, versioning } = spec.delivery;
  const schedule = retries.scheduleSeconds;
  const envelope = deref(spec, spec.schemas.EventEnvelope ?? {});
  const apiVersion = deref(spec, objectOrEmpty(envelope.properties).apiVersion);
  return {
    contractVersion: spec.version,
    eventCount: String(spec.events.length),
    categoryCount: String(new Set(spec.events.map((event) => event.category)).size),
    categoryCards: { mdx: categoryCards(spec, iconLibrary) },
    headerId: signing.headers.id,
    headerTimestamp: signing.headers.timestamp,
    headerSignature: signing.headers.signature,
    signedContent: signing.signedContent,
    toleranceSeconds: String(signing.toleranceSeconds),
    tolerance: duration(signing.toleranceSeconds),
    symmetricVersion: signing.symmetric.version,
    symmetricAlgorithm: signing.symmetric.algorithm,
    secretPrefix: signing.symmetric.secretPrefix,
    secretMinBytes: String(signing.symmetric.secretMinBytes),
    secretMaxBytes: String(signing.symmetric.secretMaxBytes),
    asymmetricVersion: signing.asymmetric.version,
    asymmetricAlgorithm: signing.asymmetric.algorithm,
    signingKeyPrefix: signing.asymmetric.signingKeyPrefix,
    publicKeyPrefix: signing.asymmetric.publicKeyPrefix,
    rotationOverlap: duration(signing.rotation.overlapSeconds),
    rotationDescription: signing.rotation.description,
    exampleSecret: exampleSecret(signing),
    attempts: String(schedule.length),
    retryTable: { mdx: retryTable(schedule, retries.jitter.maxFraction) },
    retryWindow: hours(schedule.reduce((sum, wait) => sum + wait, 0)),
    retryWindowLatest: hours(schedule.reduce((sum, wait) => sum + wait, 0) * (1 + retries.jitter.maxFraction)),
    retryJitter: percent(retries.jitter.maxFraction),
    jitterDescription: retries.jitter.description,
    attemptTimeout: duration(retries.attemptTimeoutSeconds),
    successRule: retries.success,
    failureRule: retries.failure,
    disableStatus: String(retries.disableStatus),
    retryAfterStatuses: { mdx: retries.retryAfterStatuses.map((status) => code(status)).join(' and ') },
    retryAfterMax: duration(retries.retryAfterMaxSeconds),
    terminalState: retries.terminalState,
    disableAfter: duration(retries.disableAfterSeconds),
    idempotencyKey: idempotency.key,
    idempotencyField: idempotency.payloadField,
    rememberFor: duration(idempotency.rememberForSeconds),
    idempotencyDescription: idempotency.description,
    orderingGuarantee: ordering.guarantee,
    sequenceField: ordering.sequenceField,
    sequenceScope: ordering.sequenceScope,
    orderingDescription: ordering.description,
    maxPayloadBytes: String(limits.maxPayloadBytes),
    maxPayloadKiB: `${limits.maxPayloadBytes / 1024} KiB`,
    apiVersion: String(apiVersion.const ?? ''),
    deprecationWindow: duration(versioning.deprecationWindowDays * 86400),
    ...fetchingValues(spec),
    ...capacityValues(spec),
    ...limitsValues(spec),
  };
}
