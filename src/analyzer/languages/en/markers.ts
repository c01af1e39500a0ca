import type { LanguagePack } from '../pack';

/** What the measured signals without findings say, in English. */
const markers: LanguagePack['markers'] = {
  asides: {
    description: 'Brackets, semicolons and trailing dots: traces of a writer thinking aloud. They lower the score.',
  },
  'concrete-detail': {
    description: 'Numbers, prices and names per 100 words: what generic copy lacks. They lower the score.',
  },
  'lexical-variety': {
    description: 'How rarely the copy repeats a word. Generated text keeps cycling synonyms; a person calls a thing by its name again.',
  },
};

export default markers;
