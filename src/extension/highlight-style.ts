/**
 * The `::highlight()` rules for inline warnings, inserted into a page with `scripting.insertCSS`
 * (not a `<style>` element: the page's DOM stays untouched, and a strict page CSP does not apply).
 * A translucent tint plus a solid underline stays legible on light and on dark pages without
 * changing the text colour.
 */
import { CATEGORIES, CATEGORY_COLOURS, FLASH_HIGHLIGHT, draftHighlightName, highlightName } from './categories';

/** `#rrggbb` with an alpha channel. */
function withAlpha(hex: string, alpha: number): string {
  return `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/** The stylesheet (one rule per category, plus the flash). */
export const HIGHLIGHT_CSS = [
  ...CATEGORIES.map(
    (category) =>
      `::highlight(${highlightName(category)}) { background-color: ${withAlpha(CATEGORY_COLOURS[category], 0.2)}; ` +
      `text-decoration: underline solid ${CATEGORY_COLOURS[category]} 2px; }`,
  ),
  // In a field being written a wavy underline, as spelling tools draw, and a lighter tint.
  ...CATEGORIES.map(
    (category) =>
      `::highlight(${draftHighlightName(category)}) { background-color: ${withAlpha(CATEGORY_COLOURS[category], 0.14)}; ` +
      `text-decoration: underline wavy ${CATEGORY_COLOURS[category]} 1.5px; text-decoration-skip-ink: none; }`,
  ),
  `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffb347; color: #1a1a1a; }`,
].join('\n');
