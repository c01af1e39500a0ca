import type { Lang, Span } from '../../types';
import { paragraphAt, patternRule } from '../../rule';
import type { Document } from '../../text/document';
import { hasContactValue, isHeadingLike } from '../../conventions';
import en from './en';
import nl from './nl';
import fields from '../../lexicons/fields';

/** Labels that introduce a list the way any writer does: "Visits include: …", "Wij bieden o.a.: …". */
const LIST_INTRODUCERS: Record<Lang, RegExp> = {
  nl: /\b(?:zijn|is|bevat|bevatten|omvat|omvatten|zoals|namelijk|bijvoorbeeld|o\.a|onder andere|volgt|volgende)\s*:$/iu,
  en: /\b(?:include|includes|including|are|is|contains|contain|such as|namely|for example|e\.g|as follows|following)\s*:$/iu,
};

/** Most words of the value of a field line ("Anne Bogie: Secretary", "Duur: twee dagdelen"). */
const MAX_FIELD_VALUE_WORDS = 4;

/** A lone conjunction as a label is a writer's pause ("Maar: we zijn er nog niet"), not a template header. */
const LONE_CONJUNCTION: Record<Lang, RegExp> = {
  nl: /^(?:maar|want|dus|en|of|toch|alleen|ofwel|oftewel)\s*:$/iu,
  en: /^(?:but|and|so|or|yet|still|because)\s*:$/iu,
};

/**
 * Whether a label and colon is a human convention rather than the generated inline header: a contact
 * or spec field ("Email: …", "Adres: …"), a field line with a short value ("Anne Bogie: Secretary"),
 * a heading that contains a colon ("For Clients: What to Expect"), a list introduction or a pause.
 */
function isConvention(doc: Document, span: Span, scope: Span): boolean {
  const label = doc.text.slice(span.start, span.end).replace(/^[^\p{L}]+/u, '');
  const labelWords = label.replace(/:$/u, '').trim();
  if (fields[doc.lang].test(labelWords)) return true;
  if (LONE_CONJUNCTION[doc.lang].test(label) || LIST_INTRODUCERS[doc.lang].test(label)) return true;
  const value = doc.text.slice(span.end, scope.end);
  if (hasContactValue(value)) return true;
  const paragraph = paragraphAt(doc, span.start);
  if (!paragraph || !isHeadingLike(doc.text.slice(paragraph.start, paragraph.end))) return false;
  // A heading with a colon ("For Clients: What to Expect"), or a field line whose value is a few
  // words (a name and a role, a spec): "Anne Bogie: Secretary", "Work schedule: full time".
  return /^\s*\p{Lu}/u.test(value) || value.trim().split(/\s+/u).length <= MAX_FIELD_VALUE_WORDS;
}

/** Lines that open with a label and a colon. */
export const labelColon = patternRule({
  id: 'label-colon',
  category: 'structure',
  description: {
    nl: 'Zinnen die openen met een kopje en een dubbele punt, zoals ‘Het resultaat: …’.',
    en: 'Sentences that open with a label and a colon, such as "The result: …".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ opent de zin met een kopje en een dubbele punt: een vast sjabloon van gegenereerde tekst.`,
    en: (actual) => `"${actual}" opens the sentence with a label and a colon: a fixed template of generated text.`,
  },
  skip: isConvention,
});
