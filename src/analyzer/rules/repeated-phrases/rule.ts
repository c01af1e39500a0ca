import type { Finding } from '../../types';
import { type Rule, type RuleMessages, density, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';
import { FUNCTION_WORDS } from '../../language';

/** Length of the repeated word sequences looked for. */
const SIZE = 3;
/** Occurrences from which a sequence counts as repeated. */
const MIN_OCCURRENCES = 3;

/** What repeated-phrases says in each language (`messages/<lang>.ts`). */
export interface RepeatedPhrasesMessages extends RuleMessages {
  /** The finding's message, given the phrase and how often it appears. */
  finding(values: { actual: string; count: number }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['repeated-phrases']);

/** The same three-word phrase coming back again and again. */
export const repeatedPhrases: Rule = {
  id: 'repeated-phrases',
  category: 'sameness',
  description: descriptions(texts),
  unit: 'per 100 words',
  run(doc) {
    const functionWords = FUNCTION_WORDS[doc.lang];
    const places = new Map<string, { start: number; end: number }[]>();
    // A sentence repeated word for word is the page template at work (a contact blurb in header and
    // footer, a slogan under every section): it is read once, so its phrases do not count as repetition.
    const seenSentences = new Set<string>();
    for (const sentence of doc.sentences) {
      const whole = sentence.words.map((word) => word.norm).join(' ');
      if (seenSentences.has(whole)) continue;
      seenSentences.add(whole);
      const words = sentence.words;
      for (let index = 0; index + SIZE <= words.length; index++) {
        const gram = words.slice(index, index + SIZE);
        // Sequences of function words only ("in de buurt van") are grammar, not repetition.
        const content = gram.filter((word) => word.kind === 'word' && !functionWords.has(word.norm) && word.norm.length > 2);
        if (content.length < 2) continue;
        const key = gram.map((word) => word.norm).join(' ');
        const list = places.get(key) ?? [];
        list.push({ start: gram[0]!.start, end: gram[SIZE - 1]!.end });
        places.set(key, list);
      }
    }
    const findings: Finding[] = [];
    for (const [, list] of places) {
      if (list.length < MIN_OCCURRENCES) continue;
      for (const span of list.slice(1)) {
        const actual = doc.text.slice(span.start, span.end);
        findings.push(
          makeFinding(this, doc, {
            span,
            message: texts[doc.lang].messages.finding({ actual, count: list.length }),
            note: texts[doc.lang].messages.note,
          }),
        );
      }
    }
    return { findings, value: density(findings, doc) };
  },
};
