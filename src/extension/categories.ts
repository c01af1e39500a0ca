/**
 * The finding categories as the UI shows them: one colour each (the same in the popup, the cards and
 * the page highlights) and the keys of their names in `_locales`.
 */
import type { Category } from '@/src/analyzer/types';

/** Every category, in the order the UI lists them. */
export const CATEGORIES: readonly Category[] = ['cliche', 'vocabulary', 'hype', 'hedging', 'structure', 'sameness', 'specifics'];

/**
 * One colour per category, mid-tone so it reads both as a translucent background on white and on
 * near-black pages and as a solid underline on either.
 */
export const CATEGORY_COLOURS: Record<Category, string> = {
  cliche: '#e8890c',
  vocabulary: '#8b5cf6',
  hype: '#e5446d',
  hedging: '#0f9f8f',
  structure: '#3b82f6',
  sameness: '#7c8799',
  specifics: '#65a30d',
};

/** `_locales` key of a category's name. */
export function categoryNameKey(category: Category) {
  return `category${category[0]!.toUpperCase()}${category.slice(1)}` as
    | 'categoryCliche'
    | 'categoryVocabulary'
    | 'categoryHype'
    | 'categoryHedging'
    | 'categoryStructure'
    | 'categorySameness'
    | 'categorySpecifics';
}

/** Name of the CSS highlight of a category. */
export function highlightName(category: Category): string {
  return `middelmaat-${category}`;
}

/** Name of the CSS highlight of a category in drafts (text fields), styled as a writing tool's underline. */
export function draftHighlightName(category: Category): string {
  return `middelmaat-draft-${category}`;
}

/** Name of the short highlight that flashes a finding the popup scrolled to. */
export const FLASH_HIGHLIGHT = 'middelmaat-flash';

/** `_locales` key of a rule's or signal's name: `stock-phrase` → `ruleStockPhrase`. */
export function ruleNameKey(id: string): string {
  return `rule${id
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : ''))
    .join('')}`;
}
