import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** An effect claimed in a clause tacked on after a comma. */
export const effectTail = patternRule({
  id: 'effect-tail',
  category: 'structure',
  description: {
    nl: 'Een bijzin achter een komma die een effect claimt, zoals ‘, wat zorgt voor meer rust’.',
    en: 'A clause tacked on after a comma that claims an effect, such as ", ensuring peace of mind".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ plakt een effect achter de zin zonder het te bewijzen: een vast sjabloon van gegenereerde tekst.`,
    en: (actual) => `"${actual}" tacks an effect onto the sentence without proving it: a fixed template of generated copy.`,
  },
});
