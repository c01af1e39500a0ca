import type { Finding } from '../../types';
import { density, descriptions, makeFinding, PHRASE_ENDS, type Rule, type RuleMessages } from '../../rule';
import { phraseEnd, type PhraseLimits } from '../../text/phrase';
import { perLanguage } from '../../languages';

/** The words a triad is built from in a language (`<lang>.ts`). */
export interface RuleOfThreePhrases {
  /** The words that join the last item ("en", "of"). */
  conjunctions: readonly string[];
  /** Words that may open the last item, so the mark covers the whole phrase ("en een loyale klantenkring"). */
  articles: readonly string[];
  /** Pronouns that, right after the conjunction, start a clause rather than a third item ("…, and you can cancel"). */
  pronouns: readonly string[];
}

/** What rule-of-three says in each language (`messages/<lang>.ts`). */
export interface RuleOfThreeMessages extends RuleMessages {
  /** The finding's message, given the triad. */
  finding(values: { actual: string }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['rule-of-three']);

/**
 * Latin letters (Basic Latin, Latin-1, Extended-A/B): enough for Dutch and English, and about three
 * times cheaper to compile than Unicode property classes (\p{L}), which matters for a cold start.
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const ITEM = `[${LETTER}][${LETTER}'’-]*`;

/** One language's triad expressions, built at import from its words. */
const shapes = perLanguage((pack) => {
  const { conjunctions, articles, pronouns } = pack.rules['rule-of-three'].phrases;
  const conjunction = conjunctions.join('|');
  return {
    /**
     * "snel, betrouwbaar en schaalbaar": three short items, the last joined by "and"/"en". The last
     * item may open with an article ("en een loyale klantenkring"); its first word is matched here
     * and the rest of it (`LAST_ITEM`) added after, so the mark covers the whole phrase.
     */
    triad: new RegExp(`(?<![${LETTER}0-9])${ITEM}, ${ITEM}(?: ${ITEM})?,? (?:${conjunction}) (?:(?:${articles.join('|')}) )?${ITEM}(?![${LETTER}0-9])`, 'g'),
    /** Where a triad splits into its items. */
    items: new RegExp(`,\\s*|\\s+(?:${conjunction})\\s+`, 'u'),
    /** "…, billed monthly, and you can cancel": a pronoun after the conjunction starts a clause, not a third item. */
    clauseAfterConjunction: new RegExp(`\\s(?:${conjunction}) (?:${pronouns.join('|')})(?:\\s|$)`, 'iu'),
  };
});

/** Whether every item of a triad starts with a capital: a list of names, places or products. */
function namesOnly(triad: string, items: RegExp): boolean {
  const parts = triad.split(items).filter((item) => item.trim().length > 0);
  return parts.length >= 3 && parts.every((item) => /^\s*[A-ZÀ-ÖØ-Þ]/u.test(item));
}

/** The last item runs on by up to two more words, up to a word that starts a new phrase ("and a friendly support desk", not "… desk for"). */
const LAST_ITEM: PhraseLimits = { wholeClause: 0, maxWords: 2, boundaryFirst: false };

/** Sentences this short, three in a row, form a staccato triad: "Snel. Simpel. Slim." */
const STACCATO_MAX_WORDS = 2;

/** Triads by density: "fast, reliable and scalable", "Snel. Simpel. Slim." */
export const ruleOfThree: Rule = {
  id: 'rule-of-three',
  category: 'structure',
  description: descriptions(texts),
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const { messages } = texts[doc.lang];
    const note = messages.note;
    const { triad, items, clauseAfterConjunction } = shapes[doc.lang];
    for (const sentence of doc.sentences) {
      const slice = doc.text.slice(sentence.start, sentence.end);
      triad.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = triad.exec(slice)) !== null) {
        const start = sentence.start + match.index;
        // Lists of names and places ("Leusden, Hoogland en Soest") are facts, not a rhetorical triad.
        if (namesOnly(match[0], items) || clauseAfterConjunction.test(match[0])) continue;
        const end = phraseEnd(doc.text, start + match[0].length, sentence.end, PHRASE_ENDS[doc.lang], LAST_ITEM);
        triad.lastIndex = end - sentence.start;
        findings.push(makeFinding(this, doc, { span: { start, end }, message: messages.finding({ actual: doc.text.slice(start, end) }), note }));
      }
    }
    for (let index = 0; index + 2 < doc.sentences.length; index++) {
      const run = doc.sentences.slice(index, index + 3);
      if (run.some((sentence) => sentence.words.length === 0 || sentence.words.length > STACCATO_MAX_WORDS)) continue;
      if (run.some((sentence) => sentence.paragraph !== run[0]!.paragraph)) continue;
      const span = { start: run[0]!.start, end: run[2]!.end };
      findings.push(makeFinding(this, doc, { span, message: messages.finding({ actual: doc.text.slice(span.start, span.end) }), note }));
      index += 2;
    }
    return { findings, value: density(findings, doc) };
  },
};
