/**
 * Marks findings in the page with the CSS Custom Highlight API: one `Highlight` per category, no
 * wrapping elements, no change to the page's DOM. The `::highlight()` styles are inserted by the
 * background (`highlight-style`) while anything is drawn and removed afterwards.
 */
import type { Category, Finding } from '@/src/analyzer/types';
import { CATEGORIES, FLASH_HIGHLIGHT, highlightName } from '../categories';
import { sendToBackground } from '../protocol';
import { locateSpan, type TextMap } from '../text-map';

/** A finding together with its place in the page. */
export interface PlacedFinding {
  /** The analyzer's finding. */
  finding: Finding;
  /** Its DOM range. */
  range: Range;
}

/** Whether this browser can draw highlights. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The DOM range of a span of a text map, or null when it maps to nothing or the nodes are gone. */
export function rangeOf(map: TextMap<Text>, span: { start: number; end: number }): Range | null {
  const located = locateSpan(map, span);
  if (!located || !located.start.node.isConnected || !located.end.node.isConnected) return null;
  try {
    const range = document.createRange();
    range.setStart(located.start.node, Math.min(located.start.offset, located.start.node.length));
    range.setEnd(located.end.node, Math.min(located.end.offset, located.end.node.length));
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/** Longest span marked in the page; longer findings (whole sentences, rhythm) stay in the popup. */
const MAX_MARKED_LENGTH = 60;

/**
 * Whether a finding is a phrase worth marking in the page. Findings about whole sentences or stretches
 * of text (no specifics, flat rhythm, uniform paragraphs) would paint entire paragraphs: the popup
 * lists those, the page marks only phrases.
 */
export function isPhraseFinding(finding: Finding): boolean {
  const length = finding.span.end - finding.span.start;
  const sentenceLength = finding.sentence.end - finding.sentence.start;
  return (
    length <= MAX_MARKED_LENGTH &&
    finding.span.start >= finding.sentence.start &&
    finding.span.end <= finding.sentence.end &&
    length < 0.8 * sentenceLength
  );
}

/** Places every phrase finding of a report in the page (findings that no longer map are dropped). */
export function placeFindings(map: TextMap<Text>, findings: readonly Finding[]): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  for (const finding of findings) {
    if (!isPhraseFinding(finding)) continue;
    const range = rangeOf(map, finding.span);
    if (range) placed.push({ finding, range });
  }
  return placed;
}

/** Keeps the highlight stylesheet in the page exactly while something needs it. */
export class HighlightStyle {
  private users = new Set<string>();
  private inserted: Promise<unknown> | null = null;

  /** `user` needs the styles (resolves once they are in). */
  async acquire(user: string): Promise<void> {
    this.users.add(user);
    this.inserted ??= sendToBackground('highlight-style', { on: true }).catch(() => undefined);
    await this.inserted;
  }

  /** `user` no longer needs them; the last one out removes them. */
  async release(user: string): Promise<void> {
    this.users.delete(user);
    if (this.users.size > 0 || !this.inserted) return;
    this.inserted = null;
    await sendToBackground('highlight-style', { on: false }).catch(() => undefined);
  }
}

/** Draws placed findings, one highlight per category. */
export function drawHighlights(placed: readonly PlacedFinding[]): void {
  if (!highlightsSupported()) return;
  const byCategory = new Map<Category, Range[]>();
  for (const { finding, range } of placed) {
    const ranges = byCategory.get(finding.category) ?? [];
    ranges.push(range);
    byCategory.set(finding.category, ranges);
  }
  for (const category of CATEGORIES) {
    const ranges = byCategory.get(category);
    if (ranges && ranges.length > 0) CSS.highlights.set(highlightName(category), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(category));
  }
}

/** Removes every category highlight. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const category of CATEGORIES) CSS.highlights.delete(highlightName(category));
}

/** Briefly flashes a range (a finding the popup scrolled to). */
export function flashRange(range: Range, durationMs: number): Promise<void> {
  if (!highlightsSupported()) return Promise.resolve();
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  return new Promise((resolve) =>
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
      resolve();
    }, durationMs),
  );
}
