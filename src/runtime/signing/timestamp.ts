import { DELIVERY_SIGNING_HEADERS } from '../../../generated/catalog.js';
import { WebhookVerificationError } from './errors.js';

const HEADER = DELIVERY_SIGNING_HEADERS.timestamp;
const DIGITS = /^[0-9]{1,15}$/;

/** `webhook-timestamp` is integer unix seconds; anything else is malformed. */
export function parseTimestamp(value: string): number {
  if (!DIGITS.test(value)) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new WebhookVerificationError(
      'malformed_header',
      `${HEADER} must be integer unix seconds, got ${JSON.stringify(shown)}. Pass the header value unchanged.`,
      { header: HEADER },
    );
  }
  return Number(value);
}

/** Rejects a timestamp outside `now ± tolerance`, saying by how much and what to check. */
export function checkTolerance(timestamp: number, nowMs: number, toleranceSeconds: number): void {
  const skewSeconds = timestamp - Math.floor(nowMs / 1000);
  if (Math.abs(skewSeconds) <= toleranceSeconds) return;
  const details = { header: HEADER, skewSeconds, toleranceSeconds };
  const beyond = (direction: string): string => `${HEADER} is ${Math.abs(skewSeconds)} s in the ${direction}, beyond the tolerance of ${toleranceSeconds} s.`;
  if (skewSeconds < 0) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `${beyond('past')} A replay, a queue that held it, or a wrong clock (check NTP); for stored deliveries, verify with { ignoreTimestamp: true }.`,
      details,
    );
  }
  // 1e11 s is the year 5138: a bigger header is milliseconds, a smaller clock is seconds.
  const unit =
    timestamp > 1e11
      ? ' It looks like milliseconds; the header is in seconds.'
      : nowMs < 1e11
        ? ' The `now` option must return milliseconds, like Date.now.'
        : '';
  throw new WebhookVerificationError('timestamp_too_new', `${beyond('future')} This server's clock is probably behind (check NTP).${unit}`, details);
}
