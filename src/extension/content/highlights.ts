/**
 * Marks findings in the page with the CSS Custom Highlight API: one `Highlight` per category, no
 * wrapping elements, no change to the page's DOM. The `::highlight()` styles are inserted by the
 * background (`highlight-style`) while anything is drawn and removed afterwards; open shadow roots,
 * which page-level rules do not reach, get the same rules as an adopted stylesheet.
 */
import type { Category, Finding, Report } from '@/src/analyzer/types';
import { CATEGORIES, FLASH_HIGHLIGHT, draftHighlightName, highlightName } from '../categories';
import { findingContributions, groupOverlapping, isPhraseFinding, strongestMarks } from '../explain';

export { isPhraseFinding };
import { HIGHLIGHT_CSS } from '../highlight-style';
import { sendToBackground } from '../protocol';
import { locateSpan, type TextMap } from '../text-map';

/** One mark in the page: the findings over the same words, and where they are. */
export interface PlacedFinding {
  /** The strongest of them (its category colours the mark). */
  finding: Finding;
  /** Every finding over these words, strongest first. */
  findings: Finding[];
  /** The DOM range covering all of them. */
  range: Range;
  /** What the strongest adds to the score. */
  strength: number;
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

/**
 * Places a report's phrase findings in the page, overlapping ones as one mark (findings that no
 * longer map are dropped). Unless `all`, only the strongest marks: the ten strongest, and any other
 * that moves the score by a point or more.
 */
export function placeFindings(
  map: TextMap<Text>,
  report: Pick<Report, 'signals' | 'findings'>,
  { all = false }: { all?: boolean } = {},
): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  for (const mark of phraseMarks(report, { all })) {
    const range = rangeOf(map, mark.span);
    if (range) placed.push({ finding: mark.findings[0]!, findings: mark.findings, range, strength: mark.strength });
  }
  return placed;
}

/** One place to mark: the findings over the same words, strongest first, their span and strength. */
export interface PhraseMark {
  /** Every finding over these words, strongest first. */
  findings: Finding[];
  /** The span covering all of them. */
  span: { start: number; end: number };
  /** What the strongest adds to the score. */
  strength: number;
}

/**
 * A report's phrase findings as marks, overlapping ones as one, in text order. Unless `all`, only the
 * strongest: the ten strongest, and any other that moves the score by a point or more. Inline warnings
 * and drafts mark the same places.
 */
export function phraseMarks(report: Pick<Report, 'signals' | 'findings'>, { all = false }: { all?: boolean } = {}): PhraseMark[] {
  const contributions = findingContributions(report);
  const phrases = report.findings.filter(isPhraseFinding);
  const marks = groupOverlapping(phrases, (finding) => finding.span).map((group) => {
    const findings = [...group].sort((a, b) => contributions.get(b)! - contributions.get(a)!);
    const span = { start: Math.min(...group.map((f) => f.span.start)), end: Math.max(...group.map((f) => f.span.end)) };
    return { findings, span, strength: contributions.get(findings[0]!)! };
  });
  const shown = all ? new Set(marks) : strongestMarks(marks);
  return marks.filter((mark) => shown.has(mark));
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

/**
 * The `::highlight()` rules inside open shadow roots. A `::highlight()` rule applies only in the tree
 * whose stylesheets hold it, so the page-level rules leave highlights in shadow trees unstyled. Each
 * root that holds a drawn range gets one shared constructed sheet through `adoptedStyleSheets` (no
 * element is added), and loses it again when nothing is drawn there any more.
 */
class ShadowHighlightStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly rootsByUser = new Map<string, Set<ShadowRoot>>();
  private readonly styled = new Set<ShadowRoot>();

  /** The shadow roots `user` (inline warnings, the flash) has ranges in now; the others lose the sheet. */
  set(user: string, ranges: Iterable<Range>): void {
    const roots = new Set<ShadowRoot>();
    for (const range of ranges) {
      const root = range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) roots.add(root);
    }
    if (roots.size > 0) this.rootsByUser.set(user, roots);
    else this.rootsByUser.delete(user);
    this.apply();
  }

  private apply(): void {
    const needed = new Set<ShadowRoot>();
    for (const roots of this.rootsByUser.values()) for (const root of roots) needed.add(root);
    for (const root of [...this.styled]) {
      if (needed.has(root)) continue;
      this.styled.delete(root);
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // A root whose host left the page, or a browser without adoptable sheets: nothing to undo.
      }
    }
    for (const root of needed) {
      try {
        this.sheet ??= this.createSheet();
        // Checked each time: a page script may have replaced the root's list since.
        if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
        this.styled.add(root);
      } catch {
        // Without adoptable sheets the ranges there stay unstyled, which changes nothing in the page.
      }
    }
  }

  private createSheet(): CSSStyleSheet {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    return sheet;
  }
}

const shadowStyles = new ShadowHighlightStyles();

/** Draws the marks of drafts (text fields being written), one highlight per category, apart from inline warnings. */
export function drawDraftHighlights(marks: ReadonlyArray<{ category: Category; range: Range }>): void {
  if (!highlightsSupported()) return;
  shadowStyles.set('drafts', marks.map(({ range }) => range));
  for (const category of CATEGORIES) {
    const ranges = marks.filter((mark) => mark.category === category).map((mark) => mark.range);
    if (ranges.length > 0) CSS.highlights.set(draftHighlightName(category), new Highlight(...ranges));
    else CSS.highlights.delete(draftHighlightName(category));
  }
}

/** Draws placed findings, one highlight per category. */
export function drawHighlights(placed: readonly PlacedFinding[]): void {
  if (!highlightsSupported()) return;
  shadowStyles.set('inline', placed.map(({ range }) => range));
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
  shadowStyles.set('inline', []);
}

/** Briefly flashes a range (a finding the popup scrolled to). */
export function flashRange(range: Range, durationMs: number): Promise<void> {
  if (!highlightsSupported()) return Promise.resolve();
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  shadowStyles.set('flash', [range]);
  return new Promise((resolve) =>
    setTimeout(() => {
      if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) {
        CSS.highlights.delete(FLASH_HIGHLIGHT);
        shadowStyles.set('flash', []);
      }
      resolve();
    }, durationMs),
  );
}
