import type { Finding, Lang } from '../../types';
import { density, makeFinding, type Rule } from '../../rule';
import { isCreditDash, isDatelineDash, isLegalLine, isRangeDash } from '../../conventions';

/**
 * The dash each language's generated copy overuses. Dutch typography writes the gedachtestreepje as
 * a spaced en dash, and models writing Dutch use both it and the em dash (dev corpus: spaced en
 * dash in 21 of 68 AI vs 2 of 73 human Dutch texts). In English the tell is the em dash itself; a
 * spaced en dash is what word processors make of " - " and is a human habit (3 of 73 AI vs 9 of 71
 * human English texts), so counting it there flagged people for their keyboard.
 */
const DASH: Record<Lang, RegExp> = {
  nl: /—|(?<= )–(?= )/g,
  en: /—/g,
};

/**
 * Whether a dash is ordinary typography rather than a gedachtestreepje: a range ("7.00 – 18.00",
 * "ma – vr"), a credit ("— Jan de Wit"), a dateline ("AMSTERDAM —") or part of a footer's legal line.
 */
function isTypography(text: string, index: number, end: number, paragraph: { start: number; end: number }): boolean {
  if (isRangeDash(text, index, end)) return true;
  if (isLegalLine(text.slice(paragraph.start, paragraph.end))) return true;
  return isCreditDash(text, index, end, paragraph.start, paragraph.end) || isDatelineDash(text, index, paragraph.start);
}

/**
 * What each dash gets told. In Dutch the spaced "–" is the ordinary gedachtestreepje (Taalunie), so
 * the message is about overuse, in the Taalunie's own terms ("onrustig"); the long "—" is English
 * typography in a Dutch text.
 */
const MESSAGES = {
  nl: {
    message: 'Een lang kastlijntje (—) is Engelse typografie; gegenereerde tekst zet het vaak waar een komma of punt volstaat.',
    note: 'Gebruik een komma of een punt; wil je een gedachtestreepje, neem dan het korte, met spaties ervoor en erna.',
  },
  nlSpaced: {
    message: 'Een gedachtestreepje: spaarzaam gebruikt prima, maar veel ervan maken een tekst onrustig, en gegenereerde tekst strooit ermee.',
    note: 'Kijk of een komma, haakjes of een punt hier rustiger leest.',
  },
  en: {
    message: 'An em dash: generated copy often uses one where a comma or full stop would do.',
    note: 'Try a full stop or a comma.',
  },
} as const;

/** Dashes used as all-purpose punctuation; weak alone, counted by density. */
export const emDash: Rule = {
  id: 'em-dash',
  category: 'structure',
  description: {
    nl: 'Gedachtestreepjes (— of –) waar een komma of punt volstaat; telt alleen per dichtheid.',
    en: 'Em dashes (—) where a comma or full stop would do; counted by density only.',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const dash = DASH[doc.lang];
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
            ...MESSAGES[doc.lang === 'nl' && match[0] === '–' ? 'nlSpaced' : doc.lang],
          }),
        );
      }
    }
    return { findings, value: density(findings, doc) };
  },
};
