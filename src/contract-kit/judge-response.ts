import type { ConformanceExpectation } from '../../generated/conformance/cases.js';
import type { WireResponse } from './transport.js';

/**
 * The answer in words, with its body as the receiver wrote it (whitespace folded), as much as
 * the transport read: a receiver's own error text is often the fix.
 */
export function describeResponse(response: WireResponse): string {
  if (response.status === undefined) return `no answer (${response.error ?? 'no response'})`;
  const body = response.body.replace(/\s+/g, ' ').trim();
  const location = response.location === undefined ? '' : ` to ${response.location}`;
  const more = response.truncated === true ? ' …(cut: the body went on)' : '';
  const broken = response.error === undefined ? '' : `, then the response broke off (${response.error})`;
  return `answered ${response.status}${location}${body === '' ? '' : `: ${body}${more}`}${broken}`;
}

const WANTED: { readonly [E in ConformanceExpectation]: string } = {
  '2xx': 'a 2xx',
  'non-2xx': 'any non-2xx (the delivery must be refused)',
  'refused-or-closed': 'any non-2xx, or the connection closed at once (the request must be refused without waiting)',
  'no-redirect': 'no redirect',
  '413': '413 (payload too large) once the body passed the limit, or 411 (length required) for no declared length, without waiting for the rest',
};

function meets(expect: ConformanceExpectation, status: number): boolean {
  switch (expect) {
    case '2xx':
      return status >= 200 && status < 300;
    case 'non-2xx':
    case 'refused-or-closed':
      return status < 200 || status >= 300;
    case 'no-redirect':
      return status < 300 || status >= 400;
    case '413':
      return status === 413 || status === 411;
  }
}

/** Undefined when the response meets the expectation, or what happened instead. */
export function judgeResponse(expect: ConformanceExpectation, response: WireResponse): string | undefined {
  const { status } = response;
  if (status === undefined) {
    // Closed without an answer, as a parser that gives up on the framing does: refused, and not waited on.
    if (expect === 'refused-or-closed' && response.error !== undefined && !response.error.startsWith('timed out')) return undefined;
    const wanted = expect === '2xx' || expect === 'no-redirect' ? 'a 2xx' : expect === '413' ? WANTED['413'] : 'a refusal (4xx)';
    return `${describeResponse(response)}; expected ${wanted}`;
  }
  // An answer cut off by a reset is no answer Woes can count, whatever its status.
  if (meets(expect, status) && response.error === undefined) return undefined;
  return `${describeResponse(response)}; expected ${WANTED[expect]}${meets(expect, status) ? ' and a complete response' : ''}`;
}
