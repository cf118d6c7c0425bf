import { DELIVERY } from '../../../generated/catalog.js';

/**
 * The attempt timeout at a time scale. Scaling 15 s by 0.001 would leave 15 ms, less than a
 * first connection takes, so it never drops below a floor that real HTTP on 127.0.0.1 meets.
 */
export const MIN_SCALED_TIMEOUT_MS = 500;

export function scaledAttemptTimeoutMs(timeScale: number): number {
  return Math.max(DELIVERY.retries.attemptTimeoutSeconds * 1000 * timeScale, Math.min(MIN_SCALED_TIMEOUT_MS, DELIVERY.retries.attemptTimeoutSeconds * 1000));
}
