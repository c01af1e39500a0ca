import type { TitleCasePhrases } from './rule';

/** Nederlandse koppen krijgen alleen aan het begin een hoofdletter: één kop in Title Case is genoeg. */
const phrases: TitleCasePhrases = {
  minHeadings: 1,
};

export default phrases;
