import type { LanguageExamples } from '../../../examples';

/** Texts one-line-paragraphs must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Je wilt groeien met je bedrijf.\n\nMaar je tijd is beperkt en je team is klein.\n\nDaarom bouwden wij een slimme assistent voor je.\n\nHij doet het saaie werk.', actual: 'Je wilt groeien met je bedrijf.' },
  ],
  pass: [
    'Je wilt groeien. Maar je tijd is beperkt.\n\nDaarom bouwden wij een assistent. Hij doet het saaie werk, zoals facturen boeken en herinneringen sturen.',
    'Openingstijden\n\nMaandag tot vrijdag\n\nZaterdag op afspraak',
  ],
};

export default examples;
