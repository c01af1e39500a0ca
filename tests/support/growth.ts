// How the work of a function grows with its input, measured so that a busy machine cannot fail a
// test: CPU time of this process (user + system, `process.cpuUsage`), not wall-clock time. While
// other processes hold the CPU this test simply waits, and waiting costs no CPU time; wall-clock
// time would count it as work. Vitest runs each test file in its own process (pool 'forks' in
// vitest.config.ts), so no other test's work lands in these figures.
import { isMainThread } from 'node:worker_threads';

/** CPU time under this counts as this, so timer granularity on tiny runs cannot make a big ratio. */
export const FLOOR_MS = 10;

/** CPU milliseconds this process spent running `work` once. */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The cost of a small and a large run and how many times the large one cost. */
export interface Growth {
  smallMs: number;
  largeMs: number;
  ratio: number;
  /** For an assertion message: "20000 → 160000: 12.3 ms → 98.7 ms CPU (×8.0)". */
  describe(smallSize: number, largeSize: number): string;
}

/**
 * Measures `run` on a small and a large input, each the quickest of `runs` tries, alternating so
 * that a burst of contention (caches, a sibling hyperthread) falls on both. A first, uncounted
 * call warms up the JIT.
 */
export function growth(run: (input: string) => unknown, small: string, large: string, runs = 2): Growth {
  // In a worker thread process.cpuUsage would add the other threads' (other test files') work.
  if (!isMainThread) throw new Error('growth() needs a process of its own: run vitest with pool "forks"');
  run(small);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let attempt = 0; attempt < runs; attempt++) {
    smallMs = Math.min(smallMs, cpuMs(() => run(small)));
    largeMs = Math.min(largeMs, cpuMs(() => run(large)));
  }
  const ratio = largeMs / Math.max(smallMs, FLOOR_MS);
  return {
    smallMs,
    largeMs,
    ratio,
    describe: (smallSize, largeSize) =>
      `${smallSize} → ${largeSize}: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms CPU (×${ratio.toFixed(1)})`,
  };
}
