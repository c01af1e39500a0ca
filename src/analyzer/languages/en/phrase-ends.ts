import type { PhraseEnds } from '../../text/phrase';

/** Where an English phrase ends: before a preposition, conjunction or relative pronoun; never on an article. */
const phraseEnds: PhraseEnds = {
  boundaries: [
    'about', 'across', 'after', 'as', 'at', 'because', 'before', 'but', 'by', 'during', 'for', 'from', 'if', 'in', 'into', 'like',
    'on', 'or', 'and', 'over', 'since', 'so', 'than', 'that', 'through', 'to', 'under', 'until', 'when', 'where', 'which',
    'while', 'who', 'with', 'within', 'without', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could',
    'shall', 'should', 'may', 'might', 'must', 'have', 'has', 'had', 'do', 'does', 'did', 'every', 'each', 'all',
  ],
  dangling: ['of', 'a', 'an', 'the', 'our', 'your', 'their', 'its', 'my', 'his', 'her', 'it', 'they', 'we', 'he', 'she', 'i'],
};

export default phraseEnds;
