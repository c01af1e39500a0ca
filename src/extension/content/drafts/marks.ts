/**
 * A draft's marks as plain spans: which findings are underlined, and how marks follow an edit made
 * before the next analysis answers. Free of the DOM so it is unit tested directly.
 */
import type { Category, Finding, Report } from '@/src/analyzer/types';
import { phraseMarks } from '../highlights';

/** One underlined place in a draft: its span in the field's text and the findings over it. */
export interface DraftMark {
  /** Start of the span (UTF-16 code units into the field's text). */
  start: number;
  /** End of the span, exclusive. */
  end: number;
  /** The findings over these words, strongest first. */
  findings: Finding[];
  /** The category of the strongest, which colours the mark. */
  category: Category;
}

/** The marks of a report: the phrase findings inline warnings would mark, as spans. */
export function draftMarks(report: Pick<Report, 'signals' | 'findings'>): DraftMark[] {
  return phraseMarks(report).map((mark) => ({
    start: mark.span.start,
    end: mark.span.end,
    findings: mark.findings,
    category: mark.findings[0]!.category,
  }));
}

/**
 * Marks moved along with an edit from `before` to `after`: the changed stretch is found as the part
 * between the common prefix and suffix; marks before it stay, marks after it shift, marks it touches
 * go (the next analysis puts back what still applies).
 */
export function shiftMarks(marks: readonly DraftMark[], before: string, after: string): DraftMark[] {
  if (before === after) return [...marks];
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  return marks
    .filter((mark) => mark.end <= prefix || mark.start >= changedEnd)
    .map((mark) => (mark.start >= changedEnd && delta !== 0 ? { ...mark, start: mark.start + delta, end: mark.end + delta } : mark));
}
