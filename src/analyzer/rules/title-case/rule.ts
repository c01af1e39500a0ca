import type { Finding } from '../../types';
import { density, descriptions, makeFinding, type Rule, type RuleMessages } from '../../rule';
import { perLanguage } from '../../languages';
import { isCreditLine, isFieldLine, isLegalLine } from '../../conventions';
import { FUNCTION_WORDS } from '../../language';

/** Headings: short lines without closing punctuation. */
const MAX_HEADING_WORDS = 12;
/** Title Case needs this many capitalised words to be a style rather than a name. */
const MIN_CAPITALISED = 3;
/** Words this short stay lowercase in Title Case anyway ("of", "and", "de"). */
const SMALL_WORD = 3;

/** What title-case needs in a language (`<lang>.ts`). */
export interface TitleCasePhrases {
  /** Headings in Title Case a text needs before any counts: one in Dutch, where it is un-Dutch; more in English, where one is house style. */
  minHeadings: number;
  /** The last word of a job title ("Sales Director", "Eigenaar"): a line "Name: Role" is a team or credits list, not a heading. */
  roles: RegExp;
}

/** A name, a separator and a role of at most four words: "Felix Lanza : Sales Director", "Sanne Bakker – Eigenaar". */
const STAFF_LINE = /^[^:–—|]{2,40}?\s*[:–—|]\s*(?:\S+\s+){0,3}(\S+)\s*$/u;

/** Whether a line names a person and their role, as a team page or a credits list does. */
function isStaffLine(line: string, roles: RegExp): boolean {
  const match = STAFF_LINE.exec(line.trim());
  return match !== null && roles.test(match[1]!);
}

/** What title-case says in each language (`messages/<lang>.ts`). */
export interface TitleCaseMessages extends RuleMessages {
  /** The finding's message, given the heading. */
  finding(values: { actual: string }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['title-case']);

/**
 * Headings in Title Case. In Dutch it is un-Dutch (Dutch headings use sentence case), so one is
 * enough. In English a Title Case headline is ordinary house style (press releases, blog titles), so
 * it counts only when at least two headings have it: generated copy applies it to every heading.
 * Dev corpus, English: 31 % of human vs 44 % of AI texts with one heading; 7 % vs 25 % with two.
 */
export const titleCase: Rule = {
  id: 'title-case',
  category: 'structure',
  description: descriptions(texts),
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const { phrases, messages } = texts[doc.lang];
    for (const paragraph of doc.paragraphs) {
      const text = doc.text.slice(paragraph.start, paragraph.end);
      if (paragraph.words > MAX_HEADING_WORDS || /[.!?;,]$/.test(text) || isLegalLine(text) || isCreditLine(text) || isFieldLine(text, doc.lang) || isStaffLine(text, phrases.roles)) continue;
      const words = paragraph.sentences.flatMap((index) => doc.sentences[index]!.tokens).filter((token) => token.kind === 'word');
      // Title Case leaves function words ("with", "from", "voor") lowercase.
      const content = words.slice(1).filter((word) => word.text.length > SMALL_WORD && !FUNCTION_WORDS[doc.lang].has(word.norm));
      const capitalised = content.filter((word) => word.capitalized && word.text !== word.text.toUpperCase());
      if (capitalised.length < MIN_CAPITALISED || capitalised.length < content.length) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: paragraph.start, end: paragraph.end },
          message: messages.finding({ actual: text }),
          expected: [text.charAt(0) + text.slice(1).replace(/(\s)(\p{Lu})(?=\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toLowerCase())],
          note: messages.note,
        }),
      );
    }
    if (findings.length < phrases.minHeadings) findings.length = 0;
    return { findings, value: density(findings, doc) };
  },
};
