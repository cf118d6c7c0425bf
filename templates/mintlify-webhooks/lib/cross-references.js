// @ts-check
import { GUIDE_PAGES } from './navigation.js';

/**
 * Spec descriptions name a guide in parentheses, "(Idempotency)" or "(Signing and
 * verification)": the JSON Schemas and types that carry the same words have no site to link
 * to. On a page, a name whose first word is a guide's page name becomes a link to that guide.
 * @param {string} text
 */
export function linkGuides(text) {
  return String(text).replace(/\(([A-Z][a-z]+)((?: and [a-z]+)?)\)/g, (whole, /** @type {string} */ first, /** @type {string} */ rest) => {
    const slug = first.toLowerCase();
    return GUIDE_PAGES.includes(slug) ? `(see [${first}${rest}](/webhooks/${slug}))` : whole;
  });
}
