/**
 * How long Middelmaat's own draft work holds the page's main thread: the longest single stretch of
 * it (a keystroke's handler, reading a field, placing marks, a layout pass). `npm run bench` reads it
 * from the content script's isolated world over the DevTools protocol; it is never sent anywhere.
 */

/** The figures, kept on the isolated world's global object under a symbol for the bench to find. */
export interface DraftsWork {
  /** Longest stretch in ms since the last reset. */
  longestMs: number;
  /** Number of stretches measured. */
  stretches: number;
}

const KEY = Symbol.for('middelmaat.drafts-work');

/** The figures of this isolated world. */
export function draftsWork(): DraftsWork {
  const world = globalThis as unknown as Record<symbol, DraftsWork | undefined>;
  world[KEY] ??= { longestMs: 0, stretches: 0 };
  return world[KEY];
}

/** Runs `work` and records how long it held the thread. */
export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const figures = draftsWork();
    figures.stretches++;
    figures.longestMs = Math.max(figures.longestMs, performance.now() - start);
  }
}
