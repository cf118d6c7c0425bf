import { performance } from 'node:perf_hooks';

/**
 * How fast this machine runs right now: the time of a fixed CPU loop (3·10⁸ additions, one
 * core, no memory traffic), best of three. Shared machines move by half or more from hour to
 * hour (250 to 570 ms seen on the 2-core CI machine for the same loop); print it beside wall
 * times so figures from different hours can be compared.
 */
export function cpuLoopMs(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 3e8; i++) sum += i;
    // Use the sum, so the loop cannot be dropped as dead code.
    if (sum < 0) throw new Error('unreachable');
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** How to read the figure, printed beside it. */
export const MACHINE_SPEED = 'machine speed: a fixed CPU loop, ms (lower is faster; 250-570 ms seen on the 2-core machine)';
