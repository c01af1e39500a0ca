import { defineLexicon } from '../../lexicon/define';

/** Abstract container nouns: they fit any text and show nothing. Counted by density only. */
export default defineLexicon({
  rule: 'abstract-nouns',
  lang: 'en',
  source:
    'Reinhart et al. PNAS 2025 (instruction-tuned models are noun-heavy, more nominalisations); Herbold et al. 2023; ' +
    'anti-slop #34 ("says how it feels, not what it does"); via shared/reference/ai-tells.md §7h and §9',
  entries: [
    { id: 'solutions', match: ['(solution|solutions)'], note: 'Say what the product does.' },
    { id: 'experience', match: ['(experience|experiences)'], note: 'Describe what the customer sees or does.' },
    { id: 'quality', match: ['(quality|excellence)'], note: 'Say what the quality consists of.' },
    { id: 'innovation', match: ['(innovation|innovations)'], note: 'Name the new thing.' },
    { id: 'growth', match: ['(growth|success|results|outcomes)'], note: 'Give the number.' },
    { id: 'value', match: ['(value)'], note: 'Say what it yields.' },
    { id: 'impact', match: ['(impact)'], note: 'Say what the effect is.' },
    { id: 'efficiency', match: ['(efficiency|effectiveness|productivity|flexibility|reliability|sustainability|scalability)'], note: 'Make it measurable.' },
    { id: 'expertise', match: ['(expertise|capabilities|knowledge)'], note: 'Show the expertise in one detail.' },
    { id: 'challenges', match: ['(challenges|opportunities|needs|goals|objectives)'], note: 'Name one.' },
    { id: 'strategy', match: ['(strategy|strategies|vision|approach|transformation|optimization|processes)'], note: 'Describe the step itself.' },
    { id: 'performance', match: ['(performance|potential|engagement|insights)'], note: 'Give the number.' },
    { id: 'future', match: ['(future)'], note: 'Give a date or a time frame.' },
  ],
});
