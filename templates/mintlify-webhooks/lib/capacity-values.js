// @ts-check
import { linkGuides } from './cross-references.js';
import { codeBlock, prose } from './mdx.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */

/**
 * Spec prose that names guides in parentheses, "(Ordering)": escaped, with those names as links.
 * @param {string} text
 */
const linkedProse = (text) => ({ mdx: linkGuides(prose(text.trim())) });

/** @param {number} seconds */
const days = (seconds) => `${seconds / 86400} day${seconds === 86400 ? '' : 's'}`;

/**
 * The figures a receiver plans capacity with, for the retries guide: deliveries in flight per
 * endpoint (`x-woes-concurrency`), the pace of a bulk recovery and the replay of delivered events
 * (`x-woes-recovery`), and where deliveries come from (`x-woes-network`).
 * @param {SpecModel} spec
 */
export function capacityValues(spec) {
  const { concurrency, network, recovery, fetching } = spec.delivery;
  const [method, path] = recovery.bulk.api.split(' ');
  const auth = fetching.authentication;
  return {
    maxInFlight: String(concurrency.maxInFlightPerEndpoint),
    perResource: concurrency.perResourceSerialized
      ? 'one delivery about a resource at a time: the next waits until the one before is delivered or has failed.'
      : 'not serialized: two events about the same resource can be in flight at once and arrive in either order.',
    concurrencyDescription: linkedProse(concurrency.description),
    recoveryPace: String(recovery.bulk.deliveriesPerSecond),
    replayDelivered: recovery.replay.delivered ? 'Yes' : 'No',
    replayFor: days(recovery.replay.forSeconds),
    // Code blocks are raw MDX: braces inside them must not be escaped.
    replayRequest: {
      mdx: codeBlock(
        'http',
        `${method} ${fetching.baseUrl}${path}\n${auth.header}: ${auth.scheme} ${auth.keyPrefix}…\ncontent-type: application/json\n\n${recovery.replay.body}`,
      ),
    },
    replayDescription: linkedProse(recovery.replay.description),
    senderAddresses: network.publishedSenderAddresses ? 'published' : 'not published',
    networkDescription: linkedProse(network.description),
  };
}
