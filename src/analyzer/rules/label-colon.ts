import { patternRule } from '../rule';
import en from '../lexicons/en/label-colon';
import nl from '../lexicons/nl/label-colon';

/** Lines that open with a label and a colon. */
export const labelColon = patternRule({
  id: 'label-colon',
  category: 'structure',
  description: {
    nl: 'Regels die openen met een kopje en een dubbele punt, zoals "Het resultaat: …".',
    en: 'Lines that open with a label and a colon, such as "The result: …".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `"${actual}" is een kopje met dubbele punt midden in lopende tekst, een vast sjabloon van gegenereerde tekst.`,
    en: (actual) => `"${actual}" is a label with a colon inside running copy, a fixed template of generated text.`,
  },
});
