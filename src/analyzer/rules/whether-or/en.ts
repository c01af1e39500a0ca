import { definePatterns } from '../../lexicon/patterns';

/** "Whether you're … or …": addressing everyone, and so no one. */
export default definePatterns({
  rule: 'whether-or',
  lang: 'en',
  scope: 'sentence',
  source: 'vale-ai-tells OpeningCliches.yml; blader/humanizer false ranges (#12, derived from Wikipedia:Signs of AI writing); via shared/reference/ai-tells.md §7f',
  entries: [
    { id: 'whether-youre', example: 'Whether you\'re a freelancer or a team, it fits.', pattern: /\bwhether (?:you['’]re|you are|you|it['’]s|it is|your)\b[^.!?\n]{1,80}?\bor\b/, note: 'Pick one reader and write for them.' },
    { id: 'from-to', message: 'falseRange', complete: true, example: 'From startups to enterprises, everyone uses it.', pattern: /\bfrom (?:small |early-stage )?(?:startups?|beginners?|freelancers?|solopreneurs?|small businesses)\b[^.!?\n]{1,40}?\bto (?:large |global )?(?:enterprises?|corporations?|professionals?|experts?|multinationals?)\b/, note: 'Say who it works best for.' },
    { id: 'from-x-to-y', message: 'falseRange', complete: true, example: 'From bean to cup, we do it all.', pattern: /^from [a-zà-öø-ɏ'-]+(?: [a-zà-öø-ɏ'-]+){0,2} to [a-zà-öø-ɏ'-]+/, note: 'A range from one extreme to the other says nothing; name what you do most.' },
  ],
});
