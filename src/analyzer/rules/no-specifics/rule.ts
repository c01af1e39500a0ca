import type { Finding } from '../../types';
import { type Rule, type RuleMessages, descriptions, lexiconHits, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';
import type { Document, Sentence } from '../../text/document';
import { concreteTokens } from '../../markers';

/** The abstract nouns of each language: no-specifics reads the lexicon of abstract-nouns. */
const abstractNouns = perLanguage((pack) => pack.rules['abstract-nouns']);

/** Sentences shorter than this are too short to need a detail. */
const MIN_WORDS = 12;

/**
 * Whether a sentence is generic: long, without a number, name or price, and leaning on an abstract
 * container noun ("oplossingen", "experience"). The noun keeps plain concrete sentences without
 * numbers ("She kneads the rye by hand in an oak trough") from being flagged.
 */
function isGeneric(doc: Document, sentence: Sentence, abstract: ReadonlySet<Sentence>): boolean {
  if (sentence.words.length < MIN_WORDS) return false;
  if (concreteTokens(doc, sentence) > 0) return false;
  return abstract.has(sentence);
}

/** What no-specifics says in each language (`messages/<lang>.ts`). */
export interface NoSpecificsMessages extends RuleMessages {
  /** The finding's message, given the sentence's length in words. */
  finding(values: { words: number }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['no-specifics']);

/** Long sentences without a single name, number, price or place: they could be about anyone. */
export const noSpecifics: Rule = {
  id: 'no-specifics',
  category: 'specifics',
  description: descriptions(texts),
  unit: '% of sentences',
  run(doc) {
    const findings: Finding[] = [];
    const abstract = new Set(lexiconHits(doc, abstractNouns[doc.lang].phrases).map((hit) => hit.sentence));
    for (const sentence of doc.sentences) {
      if (!isGeneric(doc, sentence, abstract)) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message: texts[doc.lang].messages.finding({ words: sentence.words.length }),
          note: texts[doc.lang].messages.note,
        }),
      );
    }
    return { findings, value: doc.sentences.length === 0 ? 0 : (100 * findings.length) / doc.sentences.length };
  },
};
