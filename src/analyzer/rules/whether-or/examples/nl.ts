import type { LanguageExamples } from '../../../examples';

/** Texts whether-or must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Of je nu een starter bent of een multinational, wij helpen je.', actual: 'Of je nu een starter bent of een multinational' },
    { text: 'Van zzpers tot multinationals: iedereen gebruikt het.', actual: 'Van zzpers tot multinationals' },
    { text: 'Van starters tot multinationals gebruiken onze planning.', actual: 'Van starters tot multinationals' },
    { text: 'Of je nu een eenmanszaak hebt of een familiebedrijf met twintig man, de kassa werkt hetzelfde.', actual: 'Of je nu een eenmanszaak hebt of een familiebedrijf' },
  ],
  pass: [
    'Kies of je per maand of per jaar betaalt.',
    'Of het morgen regent, weten we pas vanavond.',
  ],
};

export default examples;
