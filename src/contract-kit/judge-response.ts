import type { ConformanceExpectation } from '../../generated/conformance/cases.js';
import type { WireResponse } from './transport.js';

const describe = (response: WireResponse): string => {
  if (response.status === undefined) return `no answer (${response.error ?? 'no response'})`;
  const body = response.body.replace(/\s+/g, ' ').trim().slice(0, 80);
  const location = response.location === undefined ? '' : ` to ${response.location}`;
  return `answered ${response.status}${location}${body === '' ? '' : `: ${body}`}`;
};

/** Undefined when the response meets the expectation, or what happened instead. */
export function judgeResponse(expect: ConformanceExpectation, response: WireResponse): string | undefined {
  const { status } = response;
  if (status === undefined) return `${describe(response)}; expected ${expect === 'non-2xx' ? 'a refusal (4xx)' : 'a 2xx'}`;
  const ok = expect === '2xx' ? status >= 200 && status < 300 : expect === 'non-2xx' ? status < 200 || status >= 300 : status < 300 || status >= 400;
  if (ok) return undefined;
  const wanted = expect === '2xx' ? 'a 2xx' : expect === 'non-2xx' ? 'any non-2xx (the delivery must be refused)' : 'no redirect';
  return `${describe(response)}; expected ${wanted}`;
}
