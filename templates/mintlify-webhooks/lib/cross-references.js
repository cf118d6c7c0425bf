// @ts-check
import { GUIDE_PAGES } from './navigation.js';

/**
 * Spec descriptions name a guide in parentheses, "(Idempotency)" or "(Signing and
 * verification)": the JSON Schemas and types that carry the same words have no site to link
 * to. On a page, a name whose first word is a guide's page name becomes a link to that guide.
 * @param {string} text
 */
export function linkGuides(text) {
  // A name may wrap across lines of the spec's prose: "(Signing and\nverification)".
  return String(text).replace(/\(([A-Z][a-z]+)((?:\s+and\s+[a-z]+)?)\)/g, (whole, /** @type {string} */ first, /** @type {string} */ rest) => {
    const slug = first.toLowerCase();
    return GUIDE_PAGES.includes(slug) ? `(see [${first}${rest.replace(/\s+/g, ' ')}](/webhooks/${slug}))` : whole;
  });
}
