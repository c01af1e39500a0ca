/**
 * Phase marks for `npm run bench`: where the popup's time goes (popup script, request, injection,
 * collect, analysis, answer, render). They stay on the extension's own performance timelines (popup
 * and service worker, never a page's) and are never sent anywhere; the bench reads them over CDP.
 */

/** The phases marked, in the order they happen for one popup request. */
export type Phase =
  | 'worker-ready'
  | 'warmed-up'
  | 'popup-script'
  | 'inspect-sent'
  | 'inspect-received'
  | 'injected'
  | 'collected'
  | 'analyzed'
  | 'inspect-answered'
  | 'first-render'
  | 'full-render';

/** Prefix of every mark, so the bench finds ours among others. */
export const MARK_PREFIX = 'middelmaat:';

/** Marks a phase now, replacing its earlier mark (one request at a time); `detail` carries a figure measured elsewhere. */
export function markPhase(phase: Phase, detail?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(MARK_PREFIX + phase);
  performance.mark(MARK_PREFIX + phase, { detail });
}
