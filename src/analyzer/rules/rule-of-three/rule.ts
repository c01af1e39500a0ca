import type { Finding, Lang } from '../../types';
import { density, makeFinding, type Rule } from '../../rule';

/**
 * Latin letters (Basic Latin, Latin-1, Extended-A/B): enough for Dutch and English, and about three
 * times cheaper to compile than Unicode property classes (\p{L}), which matters for a cold start.
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const ITEM = `[${LETTER}][${LETTER}'’-]*`;
/**
 * "snel, betrouwbaar en schaalbaar": three short items, the last joined by "and"/"en". The last item
 * may open with an article ("en een loyale klantenkring"), so the mark covers the whole phrase.
 */
const TRIAD: Record<Lang, RegExp> = {
  nl: new RegExp(`(?<![${LETTER}0-9])${ITEM}, ${ITEM}(?: ${ITEM})?,? (?:en|of) (?:(?:een|de|het|onze|jouw|je|uw|hun) )?${ITEM}(?: ${ITEM})?(?![${LETTER}0-9])`, 'g'),
  en: new RegExp(`(?<![${LETTER}0-9])${ITEM}, ${ITEM}(?: ${ITEM})?,? (?:and|or) (?:(?:a|an|the|our|your|their) )?${ITEM}(?: ${ITEM})?(?![${LETTER}0-9])`, 'g'),
};
/** Whether every item of a triad starts with a capital: a list of names, places or products. */
function namesOnly(triad: string, lang: Lang): boolean {
  const items = triad.split(lang === 'nl' ? /,\s*|\s+(?:en|of)\s+/u : /,\s*|\s+(?:and|or)\s+/u).filter((item) => item.trim().length > 0);
  return items.length >= 3 && items.every((item) => /^\s*[A-ZÀ-ÖØ-Þ]/u.test(item));
}

/** "…, billed monthly, and you can cancel": a pronoun after the conjunction starts a clause, not a third item. */
const CLAUSE_AFTER_CONJUNCTION: Record<Lang, RegExp> = {
  nl: /\s(?:en|of) (?:ik|je|jij|u|we|wij|ze|zij|hij|het|men)(?:\s|$)/iu,
  en: /\s(?:and|or) (?:i|you|we|they|he|she|it|there)(?:\s|$)/iu,
};

/** Sentences this short, three in a row, form a staccato triad: "Snel. Simpel. Slim." */
const STACCATO_MAX_WORDS = 2;

/** Triads by density: "fast, reliable and scalable", "Snel. Simpel. Slim." */
export const ruleOfThree: Rule = {
  id: 'rule-of-three',
  category: 'structure',
  description: {
    nl: 'Drietallen als ‘snel, betrouwbaar en schaalbaar’ of ‘Snel. Simpel. Slim.’; telt per dichtheid.',
    en: 'Triads such as "fast, reliable and scalable" or "Fast. Simple. Smart."; counted by density.',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const message = (actual: string) =>
      doc.lang === 'nl'
        ? `‘${actual}’ is een drietal: het vaste ritme van voorspelbare tekst, vooral als het vaker voorkomt.`
        : `"${actual}" is a triad: the fixed rhythm of predictable copy, especially when it recurs.`;
    const note = doc.lang === 'nl' ? 'Kies het ene woord dat het meest waar is, en bewijs het.' : 'Pick the one word that is most true, and prove it.';
    const triad = TRIAD[doc.lang];
    for (const sentence of doc.sentences) {
      const slice = doc.text.slice(sentence.start, sentence.end);
      triad.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = triad.exec(slice)) !== null) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        // Lists of names and places ("Leusden, Hoogland en Soest") are facts, not a rhetorical triad.
        if (namesOnly(match[0], doc.lang) || CLAUSE_AFTER_CONJUNCTION[doc.lang].test(match[0])) continue;
        findings.push(makeFinding(this, doc, { span: { start, end }, message: message(doc.text.slice(start, end)), note }));
      }
    }
    for (let index = 0; index + 2 < doc.sentences.length; index++) {
      const run = doc.sentences.slice(index, index + 3);
      if (run.some((sentence) => sentence.words.length === 0 || sentence.words.length > STACCATO_MAX_WORDS)) continue;
      if (run.some((sentence) => sentence.paragraph !== run[0]!.paragraph)) continue;
      const span = { start: run[0]!.start, end: run[2]!.end };
      findings.push(makeFinding(this, doc, { span, message: message(doc.text.slice(span.start, span.end)), note }));
      index += 2;
    }
    return { findings, value: density(findings, doc) };
  },
};
