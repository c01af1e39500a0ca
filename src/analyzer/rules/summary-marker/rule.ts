import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Sentences that open by announcing a summary. */
export const summaryMarker = patternRule({
  id: 'summary-marker',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['summary-marker']),
});
