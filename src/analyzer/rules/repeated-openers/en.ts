import type { RepeatedOpenersPhrases } from './rule';

/** The articles: too ordinary to count as a repeated pattern. */
const phrases: RepeatedOpenersPhrases = {
  neutralOpeners: ['the', 'a', 'an'],
};

export default phrases;
