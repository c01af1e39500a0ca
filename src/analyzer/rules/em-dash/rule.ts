import type { Finding } from '../../types';
import { density, descriptions, makeFinding, type Rule, type RuleMessages } from '../../rule';
import { perLanguage } from '../../languages';
import { isCreditDash, isDatelineDash, isLegalLine, isRangeDash, isSpecDash } from '../../conventions';

/** What em-dash looks for in a language (`<lang>.ts`). */
export interface EmDashPhrases {
  /** The dashes that language's generated copy overuses; a global expression. */
  dash: RegExp;
}

/** One message about a dash and its direction. */
interface DashMessage {
  /** Why the dash is reported. */
  message: string;
  /** The direction for a rewrite. */
  note: string;
}

/** What em-dash says in each language (`messages/<lang>.ts`). */
export interface EmDashMessages extends RuleMessages {
  /** An em dash (—). */
  emDash: DashMessage;
  /** A spaced en dash ( – ), where the language counts it. */
  spacedDash: DashMessage;
}

const texts = perLanguage((pack) => pack.rules['em-dash']);

/**
 * Whether a dash is ordinary typography rather than a gedachtestreepje: a range ("7.00 – 18.00",
 * "ma – vr"), a title's spec ("Plaid – 130 x 180 cm"), a credit ("— Jan de Wit"), a dateline
 * ("AMSTERDAM —") or part of a footer's legal line.
 */
function isTypography(text: string, index: number, end: number, paragraph: { start: number; end: number }): boolean {
  if (isRangeDash(text, index, end) || isSpecDash(text, end, paragraph.start, paragraph.end)) return true;
  if (isLegalLine(text.slice(paragraph.start, paragraph.end))) return true;
  return isCreditDash(text, index, end, paragraph.start, paragraph.end) || isDatelineDash(text, index, paragraph.start);
}

/** Dashes used as all-purpose punctuation; weak alone, counted by density. */
export const emDash: Rule = {
  id: 'em-dash',
  category: 'structure',
  description: descriptions(texts),
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const { phrases, messages } = texts[doc.lang];
    const dash = phrases.dash;
    for (const paragraph of doc.paragraphs) {
      const slice = doc.text.slice(paragraph.start, paragraph.end);
      dash.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = dash.exec(slice)) !== null) {
        const start = paragraph.start + match.index;
        const end = start + match[0].length;
        if (isTypography(doc.text, start, end, paragraph)) continue;
        findings.push(
          makeFinding(this, doc, {
            span: { start, end },
            ...messages[match[0] === '–' ? 'spacedDash' : 'emDash'],
          }),
        );
      }
    }
    return { findings, value: density(findings, doc) };
  },
};
