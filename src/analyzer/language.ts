import type { Lang } from './types';
import type { Token } from './text/tokenize';

/**
 * The most frequent function words of each language (top of the SUBTLEX-NL and COCA frequency
 * lists), minus words both languages share ("in", "is", "over"). Function words make up about
 * 40 % of running text in either language, so their share identifies it from a few sentences on.
 */
export const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(('de het een en van te dat die niet op zijn ik je jij jouw u uw wij we ons onze hij ze zij met voor er maar om ' +
    'aan ook als bij nog wel naar uit dan kan kunnen wordt worden werd hebben heeft hebt had dit deze wat zo of door ' +
    'tot geen meer hoe waar wanneer omdat want dus al moet moeten zich zelf onze jullie hun haar mijn mij ben bent zijn ' +
    'was waren veel andere alle elke iedere samen tussen tijdens zonder sinds binnen buiten onder boven achter naast ' +
    'welke wie waarom hier daar nu toch echter alleen steeds zodat zoals').split(' ')),
  en: new Set(('the a an and of to that this these those it its not on be are was were been being i you your yours we ' +
    'our us he she they them their with for but or if at by from as have has had do does did will would can could ' +
    'should may might must what which who whom when where why how all any each every more most other some such no ' +
    'nor only own same so than too very just about into through during before after above below between under ' +
    'again further then once here there both few while because until against').split(' ')),
};

/** Result of language detection. */
export interface LanguageGuess {
  /** The language, or null when neither is likely. */
  lang: Lang | null;
  /** Share of words that are function words of the chosen language. */
  coverage: number;
}

/** How many characters detection reads: enough for a verdict, cheap on huge pages. */
export const DETECTION_SAMPLE = 20_000;

/** Minimum share of function words before a text counts as that language. */
const MIN_COVERAGE = 0.18;

/** How many of the words are Dutch and English function words, and how many words were counted. */
function functionWordCounts(words: readonly Token[]): { nl: number; en: number; counted: number } {
  let nl = 0;
  let en = 0;
  let counted = 0;
  for (const word of words) {
    if (word.kind !== 'word') continue;
    counted++;
    if (FUNCTION_WORDS.nl.has(word.norm)) nl++;
    if (FUNCTION_WORDS.en.has(word.norm)) en++;
  }
  return { nl, en, counted };
}

/** Guesses Dutch or English from the share of each language's function words. */
export function detectLanguage(words: readonly Token[]): LanguageGuess {
  const { nl, en, counted } = functionWordCounts(words);
  if (counted === 0) return { lang: null, coverage: 0 };
  const lang: Lang = nl >= en ? 'nl' : 'en';
  const coverage = Math.max(nl, en) / counted;
  return coverage >= MIN_COVERAGE ? { lang, coverage } : { lang: null, coverage };
}

const LATIN_LETTER = /[A-Za-zÀ-ÖØ-öø-ɏ]/g;
const ANY_LETTER = /\p{L}/gu;
/** Letters outside the Latin script from which a text is clearly in another script. */
const MIN_OTHER_SCRIPT_LETTERS = 20;

/**
 * Whether a text is written mostly in a script other than Latin (Chinese, Arabic, Cyrillic, …).
 * Such text is neither Dutch nor English however short its space-separated "words" are, so it is
 * judged unsupported rather than too short.
 */
export function mostlyOtherScript(text: string): boolean {
  const sample = text.length > DETECTION_SAMPLE ? text.slice(0, DETECTION_SAMPLE) : text;
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  return letters - latin >= MIN_OTHER_SCRIPT_LETTERS && latin < (letters - latin);
}

/**
 * Letter sequences that are common in one language's spelling and rare in the other's (and in
 * German): Dutch "ij", "oe", "ui", "aa", "-heid", "-lijk"; English "th", "wh", "gh", "ck", "-tion",
 * "-ly". They tell the language of text that has few function words: product lists, menus, labels.
 */
const SPELLING: Record<Lang, RegExp> = {
  nl: /ij|oe|ui|aa|uu|oo|heid|lijk|tje/g,
  en: /th|wh|gh|ck|tion|ly$|ous$|ew$/g,
};

/** Fewest words spelling is trusted on. */
const MIN_SPELLING_WORDS = 4;

/** Guesses Dutch or English from spelling alone; null when the text is too short or unclear. */
export function detectBySpelling(words: readonly Token[]): Lang | null {
  let nl = 0;
  let en = 0;
  let counted = 0;
  for (const word of words) {
    if (word.kind !== 'word' || word.norm.length < 3) continue;
    counted++;
    nl += word.norm.match(SPELLING.nl)?.length ?? 0;
    en += word.norm.match(SPELLING.en)?.length ?? 0;
  }
  if (counted < MIN_SPELLING_WORDS) return null;
  if (nl >= 1.5 * en && nl >= 2) return 'nl';
  if (en >= 1.5 * nl && en >= 2) return 'en';
  return null;
}

/** The language a page declares (`<html lang="nl-NL">`), when it is one we judge. */
export function langFromHint(hint: string | undefined): Lang | null {
  const primary = hint?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === 'nl' || primary === 'en' ? primary : null;
}

/** Fewest words a block needs before its own function words decide its language. */
const MIN_BLOCK_WORDS = 6;

/**
 * The language of one block (paragraph) from its function words, or null when it is too short or
 * not clearly one of the two: such a block is read in the language of the text around it.
 */
export function blockLanguage(words: readonly Token[]): Lang | null {
  const { nl, en, counted } = functionWordCounts(words);
  if (counted < MIN_BLOCK_WORDS) return null;
  if (nl >= 2 * en + 2) return 'nl';
  if (en >= 2 * nl + 2) return 'en';
  return null;
}
