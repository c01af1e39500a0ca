import type { Finding } from '../types';
import { density, makeFinding, type Rule } from '../rule';

/** An em dash, or an en dash used as a dash between spaces. */
const DASH = /—|(?<= )–(?= )/g;

/** Dashes used as all-purpose punctuation; weak alone, counted by density. */
export const emDash: Rule = {
  id: 'em-dash',
  category: 'structure',
  description: {
    nl: 'Gedachtestreepjes (—) waar een komma of punt volstaat; telt alleen per dichtheid.',
    en: 'Em dashes (—) where a comma or full stop would do; counted by density only.',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    DASH.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = DASH.exec(doc.text)) !== null) {
      findings.push(
        makeFinding(this, doc, {
          span: { start: match.index, end: match.index + match[0].length },
          message:
            doc.lang === 'nl'
              ? 'Een gedachtestreepje: in gegenereerde tekst staat het vaak waar een komma of punt volstaat.'
              : 'An em dash: generated copy often uses one where a comma or full stop would do.',
          note: doc.lang === 'nl' ? 'Probeer een punt of een komma.' : 'Try a full stop or a comma.',
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
