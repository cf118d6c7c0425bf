import { performance } from 'node:perf_hooks';

/** Best of three runs of `work`, in milliseconds. */
function bestOfThree(work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A fixed CPU loop: 3·10⁸ additions on one core, no memory traffic. */
export function cpuLoopMs(): number {
  return bestOfThree(() => {
    let sum = 0;
    for (let i = 0; i < 3e8; i++) sum += i;
    // Use the sum, so the loop cannot be dropped as dead code.
    if (sum < 0) throw new Error('unreachable');
  });
}

/** A fixed allocation-heavy loop, like parsing and copying documents: JSON round trips of 20,000 small objects. */
export function allocationLoopMs(): number {
  const data = Array.from({ length: 20_000 }, (_, i) => ({ id: `evt_${i}`, n: i, tags: ['a', 'b', String(i)], nested: { x: i / 3, y: 'text '.repeat(4) } }));
  return bestOfThree(() => {
    for (let round = 0; round < 15; round++) JSON.parse(JSON.stringify(data));
  });
}

/**
 * How fast this machine runs right now, for a benchmark's header. On the shared 2-core machine
 * the same suite took 26 to 38 s within an hour; printed beside wall times, figures from
 * different hours can be compared.
 */
export function machineSpeed(): string {
  return `${cpuLoopMs().toFixed(0)} ms CPU loop, ${allocationLoopMs().toFixed(0)} ms allocation loop`;
}

/** How to read machineSpeed(). */
export const MACHINE_SPEED = 'machine speed (lower is faster; seen on the 2-core machine: CPU loop 250-570 ms, allocation loop 370-480 ms)';
