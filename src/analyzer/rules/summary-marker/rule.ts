import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Sentences that open by announcing a summary. */
export const summaryMarker = patternRule({
  id: 'summary-marker',
  category: 'structure',
  description: {
    nl: 'Zinnen die openen met een samenvatting-aankondiging, zoals ‘Kortom’ of ‘Conclusie:’.',
    en: 'Sentences that open by announcing a summary, such as "In conclusion" or "Overall".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ kondigt een samenvatting aan: het vaste slot van een voorspelbare tekst.`,
    en: (actual) => `"${actual}" announces a summary: the fixed ending of a predictable text.`,
  },
});
