import { defineLexicon } from '../../lexicon/define';

/** Empty intensifiers and puffery: words that raise the volume, not the information. */
export default defineLexicon({
  rule: 'hype',
  lang: 'en',
  source:
    'words/fillers (retext-intensify); write-good adverb and weasel checks; Kobak et al. 2024 excess style words; ' +
    'Wikipedia:Signs of AI writing (promotional language); via shared/reference/ai-tells.md §3 and §6',
  entries: [
    { id: 'truly', match: ['(truly|genuinely|incredibly|exceptionally|remarkably|absolutely|extremely)'], note: 'Cut the intensifier; let a fact carry the weight.' },
    { id: 'unparalleled', match: ['(unparalleled|unmatched|unrivaled|unrivalled|unbeatable|unprecedented)'], note: 'Name what you compare with, and the measure.' },
    { id: 'revolutionary', match: ['(revolutionary|disruptive|visionary)'], note: 'Say what changes.' },
    { id: 'exceptional', match: ['(exceptional|outstanding|extraordinary|phenomenal|stunning|breathtaking|amazing|awesome)'], note: 'Show what makes it so.' },
    { id: 'ultimate', match: ['(ultimate|perfect|ideal) (solution|choice|partner|tool|way|companion)'], note: 'Say for whom, and why.' },
    { id: 'powerful', match: ['powerful (tool|platform|solution|features|way|insights)'], note: 'Say what it can do that others cannot.' },
    { id: 'unique', match: ['(truly|completely|totally)? unique (experience|approach|solution|opportunity|blend)'], note: 'Say what is different.' },
    { id: 'exciting', match: ['(exciting|thrilling) (new)? (opportunity|opportunities|journey|times|news)'], note: 'Say what is new; let the reader decide whether it is exciting.' },
    { id: 'elevate-experience', match: ['(elevate|enhance|transform) (your|the) (experience|business|brand|game)'], note: 'Say what the customer notices: faster, quieter, cheaper.' },
    { id: 'premium', match: ['(premium|superior|unmatched|exceptional|top) quality'], note: 'Say what the quality consists of.' },
    { id: 'like-never-before', match: ['like never before', 'than ever before', 'like no other'], note: 'Compare with something real.' },
    { id: 'high-quality', match: ['(high-quality|top-quality|premium|first-class|top-tier)'], note: 'Say what the quality consists of.' },
    { id: 'perfect-for', match: ['(perfect|ideal) for (any|every|those|anyone|busy|all)'], note: 'Say for whom exactly, and why.' },
  ],
});
