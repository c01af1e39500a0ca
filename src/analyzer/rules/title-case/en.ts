import type { TitleCasePhrases } from './rule';

/**
 * Title Case is a house style for one headline (a press release, a blog title); a template only when
 * every heading gets it. Dev corpus, English: 31 % of human vs 44 % of AI texts with one heading;
 * 7 % vs 25 % with two.
 */
const phrases: TitleCasePhrases = {
  minHeadings: 2,
};

export default phrases;
