/**
 * The verdict in words: its label ("Reads as middling") and a line on what drives it ("Mostly lots of
 * stock phrases and a flat rhythm."), built from the two categories that add the most points.
 */
import type { Category, Report, Verdict } from '@/src/analyzer/types';
import { categoryReasonKey } from './categories';
import type { MessageKey } from './i18n';

/** `_locales` key of a verdict's label. */
export function verdictKey(verdict: Verdict): MessageKey {
  return verdict === 'high' ? 'verdictHigh' : verdict === 'medium' ? 'verdictMedium' : 'verdictLow';
}

/** The categories that raise the score most, summed over their signals, largest first. */
export function topCategories(report: Report, limit = 2): Category[] {
  const points = new Map<Category, number>();
  for (const signal of report.signals) {
    if (signal.points > 0) points.set(signal.category, (points.get(signal.category) ?? 0) + signal.points);
  }
  return [...points.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([category]) => category);
}

/**
 * The summary line under the verdict, or null when the report has no score: what drives the score,
 * in words. `translate` is `t` (injected so it can be tested without a browser).
 */
export function summarise(report: Report, translate: (key: MessageKey, ...subs: string[]) => string): string | null {
  if (report.score === null || report.verdict === null) return null;
  const reasons = topCategories(report).map((category) => translate(categoryReasonKey(category)));
  if (reasons.length === 0) return translate('summaryLowNone');
  if (report.verdict === 'low') return translate('summaryLowWith', reasons[0]!);
  const joined = reasons.length === 2 ? translate('summaryAnd', reasons[0]!, reasons[1]!) : reasons[0]!;
  return translate('summaryBecause', joined);
}
