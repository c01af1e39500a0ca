import type { RuleOfThreePhrases } from './rule';

/** De woorden van een Nederlands drietal: "snel, betrouwbaar en schaalbaar". */
const phrases: RuleOfThreePhrases = {
  conjunctions: ['en', 'of'],
  articles: ['een', 'de', 'het', 'onze', 'jouw', 'je', 'uw', 'hun'],
  pronouns: ['ik', 'je', 'jij', 'u', 'we', 'wij', 'ze', 'zij', 'hij', 'het', 'men'],
};

export default phrases;
