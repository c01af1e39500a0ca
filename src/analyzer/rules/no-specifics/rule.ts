import type { Finding, Lang } from '../../types';
import { lexiconHits, makeFinding, type Rule } from '../../rule';
import type { Document, Sentence } from '../../text/document';
import { concreteTokens } from '../../markers';
import type { Lexicon } from '../../lexicon/define';
import abstractEn from '../abstract-nouns/en';
import abstractNl from '../abstract-nouns/nl';

const abstractNouns: Record<Lang, Lexicon> = { en: abstractEn, nl: abstractNl };

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

/** Long sentences without a single name, number, price or place: they could be about anyone. */
export const noSpecifics: Rule = {
  id: 'no-specifics',
  category: 'specifics',
  description: {
    nl: 'Lange zinnen met abstracte woorden en zonder naam, getal, prijs of plaats: ze zouden over elk bedrijf kunnen gaan.',
    en: 'Long sentences with abstract words and without a name, number, price or place: they could be about any company.',
  },
  unit: '% of sentences',
  run(doc) {
    const findings: Finding[] = [];
    const abstract = new Set(lexiconHits(doc, abstractNouns[doc.lang]).map((hit) => hit.sentence));
    for (const sentence of doc.sentences) {
      if (!isGeneric(doc, sentence, abstract)) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message:
            doc.lang === 'nl'
              ? `Deze zin van ${sentence.words.length} woorden noemt geen naam, getal, prijs of plaats: hij zou over elk bedrijf kunnen gaan.`
              : `This ${sentence.words.length}-word sentence names no name, number, price or place: it could be about any company.`,
          note:
            doc.lang === 'nl'
              ? 'Voeg één concreet detail toe: een klant, een getal, een termijn, een voorbeeld.'
              : 'Add one concrete detail: a customer, a number, a deadline, an example.',
        }),
      );
    }
    return { findings, value: doc.sentences.length === 0 ? 0 : (100 * findings.length) / doc.sentences.length };
  },
};
