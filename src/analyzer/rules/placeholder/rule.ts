import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Template slots left in the copy. */
export const placeholder = patternRule({
  id: 'placeholder',
  category: 'cliche',
  description: {
    nl: 'Invulplekken uit een sjabloon die zijn blijven staan, zoals ‘[Jouw naam]’ of ‘[datum]’.',
    en: 'Template slots left in the copy, such as "[Your Name]" or "[date]".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ is een invulplek uit een sjabloon of chatbotantwoord die is blijven staan.`,
    en: (actual) => `"${actual}" is a slot from a template or chatbot answer that was left in.`,
  },
});
