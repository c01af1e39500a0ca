import type { Finding } from '../../types';
import { density, makeFinding, type Rule } from '../../rule';
import { hasContactValue } from '../../conventions';

/**
 * An emoji at the start of a line: a character drawn as an emoji by default (🚀, ✅, 💡), or one
 * made an emoji by the variation selector (✔️). Not the text symbols people typed long before
 * generated copy: "©", "®", "™", plain check marks and arrows (✓ ✔ ► ↩) used as list marks.
 */
const LEADING_EMOJI = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*/u;

/** What follows a contact icon ("📞 030 123 4567", "📩 info@…"): an icon, not a bullet. */
function labelsContact(rest: string): boolean {
  return hasContactValue(rest) && rest.trim().split(/\s+/u).length <= 4;
}

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
      const line = doc.text.slice(paragraph.start, paragraph.end);
      const match = LEADING_EMOJI.exec(line);
      if (!match || labelsContact(line.slice(match[0].length))) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: paragraph.start, end: paragraph.start + match[0].length },
          message:
            doc.lang === 'nl'
              ? `‘${match[0]}’ als opsommingsteken is een vast sjabloon van gegenereerde marketingtekst.`
              : `"${match[0]}" as a bullet is a fixed template of generated marketing copy.`,
          note: doc.lang === 'nl' ? 'Gebruik een gewone opsomming, of schrijf het als zin.' : 'Use a plain list, or write it as a sentence.',
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
