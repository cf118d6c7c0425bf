// @ts-check
import { code, codeBlock, prose, table } from './mdx.js';
import { isObject } from './read-spec.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */
/** @typedef {import('./read-spec.js').EventDefinition} EventDefinition */

/** @param {number} seconds */
function days(seconds) {
  const value = seconds / 86400;
  return `${value} day${value === 1 ? '' : 's'}`;
}

/**
 * `GET /conversations/{id}` → `GET https://…/api/v1/conversations/{id}`, in inline code.
 * @param {string} baseUrl
 * @param {string | null} read
 */
function readCell(baseUrl, read) {
  if (read === null) return 'No REST read';
  const [method, path] = read.split(' ');
  return code(`${method} ${baseUrl}${path}`);
}

/**
 * The kinds that have a REST read, in words: `conversation`, `message` and `attachment`.
 * @param {SpecModel['delivery']['fetching']} fetching
 */
function readableKinds(fetching) {
  const kinds = Object.entries(fetching.kinds)
    .filter(([, entry]) => entry.read !== null)
    .map(([kind]) => code(kind));
  return kinds.length <= 1 ? (kinds[0] ?? 'no kind') : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
}

/**
 * What a receiver gets of each field Woes may cut to fit the size limit, and where (if
 * anywhere) the whole text can be read.
 * @param {string} baseUrl
 * @param {readonly import('../../../tools/spec/delivery-blocks-schema.js').OverflowCut[]} cuts
 */
function cutsTable(baseUrl, cuts) {
  return table(
    ['Field', 'Keeps', 'The whole text'],
    cuts.map((cut) => [
      code(cut.field),
      `the first ${String(cut.keepCharacters).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} characters`,
      `${cut.read === null ? 'Cannot be had in full. ' : `${readCell(baseUrl, cut.read)}. `}${prose(cut.description)}`,
    ]),
  );
}

/**
 * The kind of resource an event is about, from its first example.
 * @param {EventDefinition} event
 * @returns {string | undefined}
 */
export function resourceKind(event) {
  const resource = event.examples[0]?.payload.resource;
  return isObject(resource) && typeof resource.object === 'string' ? resource.object : undefined;
}

/**
 * One line for an event page: how to fetch the event's resource, or that it has no REST read.
 * @param {SpecModel} spec
 * @param {EventDefinition} event
 */
export function eventFetchLine(spec, event) {
  const fetching = spec.delivery.fetching;
  const kind = resourceKind(event);
  const entry = kind === undefined ? undefined : fetching.kinds[kind];
  if (!entry) return '';
  const how =
    entry.read === null
      ? `A ${code(String(kind))} has no REST read: ${prose(entry.description.replace(/^No REST read\.\s*/, ''))}`
      : `Read the ${code(String(kind))} with ${readCell(fetching.baseUrl, entry.read)} and your workspace API key.`;
  return `**Fetching more:** ${how} Every other id in the payload: [Fetching more](/webhooks/fetching).`;
}

/**
 * The figures of the fetching guide, the recovery section of the retries guide and the
 * content section of the security guide, read from `x-woes-fetching`, `x-woes-recovery`
 * and `x-woes-content`.
 * @param {SpecModel} spec
 */
export function fetchingValues(spec) {
  const { fetching, recovery, content, idempotency, limits } = spec.delivery;
  const baseUrl = fetching.baseUrl;
  const auth = fetching.authentication;
  const kinds = fetching.kinds;
  const bulk = recovery.bulk;
  return {
    fetchBaseUrl: baseUrl,
    // Code blocks are raw MDX: braces inside them must not be escaped.
    fetchAuthRequest: { mdx: codeBlock('http', `${auth.header}: ${auth.scheme} ${auth.keyPrefix}…`) },
    fetchAuthWhere: auth.where,
    fetchAuthDescription: auth.description,
    fetchingDescription: fetching.description.trim(),
    fetchKindsTable: {
      mdx: table(
        ['Kind', 'REST read', 'Notes'],
        Object.entries(kinds).map(([kind, entry]) => [
          code(kind),
          readCell(baseUrl, entry.read),
          prose(entry.read === null ? entry.description.replace(/^No REST read\.\s*/, '') : entry.description),
        ]),
      ),
    },
    fetchFieldsTable: {
      mdx: table(
        ['Field', 'Holds the id of'],
        fetching.fields.map((entry) => [
          code(entry.field),
          entry.kind.startsWith('the kind in ') ? `the kind in ${code(entry.kind.slice('the kind in '.length))}` : code(entry.kind),
        ]),
      ),
    },
    fetchReadableKinds: { mdx: readableKinds(fetching) },
    overflowMarker: limits.overflow?.marker ?? '',
    overflowCutsTable: { mdx: cutsTable(fetching.baseUrl, limits.overflow?.cuts ?? []) },
    resendableFor: days(recovery.resendableForSeconds),
    recoveryDashboard: bulk.dashboard,
    recoveryRequest: {
      mdx: codeBlock(
        'http',
        `${bulk.api.split(' ')[0]} ${baseUrl}${bulk.api.split(' ')[1]}\n${auth.header}: ${auth.scheme} ${auth.keyPrefix}…\ncontent-type: application/json\n\n${bulk.body}`,
      ),
    },
    recoveryApiDescription: bulk.description,
    whileDisabled:
      recovery.whileDisabled === 'recorded'
        ? 'are recorded for it as failed, without an attempt, and can be recovered like any failed delivery'
        : 'are dropped',
    afterReenable:
      recovery.afterReenable === 'manual'
        ? 'Re-enabling sends nothing by itself: recover since the moment the endpoint was disabled.'
        : 'Re-enabling resends them automatically.',
    recoveryDescription: recovery.description.trim(),
    dedupeWindow: days(idempotency.rememberForSeconds),
    redactionReplacement: content.redaction.replacement,
    redactionDetects: { mdx: content.redaction.detects.map((item) => `- ${prose(item).replace(/\n/g, ' ')}`).join('\n') },
    contentFields: { mdx: content.fields.map((field) => code(field)).join(', ') },
    contentDescription: content.description.trim(),
  };
}
