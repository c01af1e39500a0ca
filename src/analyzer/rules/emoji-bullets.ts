import type { Finding } from '../types';
import { density, makeFinding, type Rule } from '../rule';

/** An emoji or check mark at the start of a line. */
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|[✓✔☑➡➜►▶])(?:\uFE0F|\u200D\p{Extended_Pictographic})*/u;

/** Lines that open with an emoji used as a bullet or header. */
export const emojiBullets: Rule = {
  id: 'emoji-bullets',
  category: 'structure',
  description: {
    nl: 'Regels die openen met een emoji als opsommingsteken (🚀, ✅, 💡).',
    en: 'Lines that open with an emoji as a bullet (🚀, ✅, 💡).',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    for (const paragraph of doc.paragraphs) {
      const match = LEADING_EMOJI.exec(doc.text.slice(paragraph.start, paragraph.end));
      if (!match) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: paragraph.start, end: paragraph.start + match[0].length },
          message:
            doc.lang === 'nl'
              ? `"${match[0]}" als opsommingsteken is een vast sjabloon van gegenereerde marketingtekst.`
              : `"${match[0]}" as a bullet is a fixed template of generated marketing copy.`,
          note: doc.lang === 'nl' ? 'Gebruik een gewone opsomming, of schrijf het als zin.' : 'Use a plain list, or write it as a sentence.',
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
