import type { Finding } from '../../types';
import { type Rule, type RuleMessages, density, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';
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

/** What emoji-bullets says in each language (`messages/<lang>.ts`). */
export interface EmojiBulletsMessages extends RuleMessages {
  /** The finding's message, given the emoji. */
  finding(values: { actual: string }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['emoji-bullets']);

/** Lines that open with an emoji used as a bullet or header. */
export const emojiBullets: Rule = {
  id: 'emoji-bullets',
  category: 'structure',
  description: descriptions(texts),
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
          message: texts[doc.lang].messages.finding({ actual: match[0] }),
          note: texts[doc.lang].messages.note,
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
