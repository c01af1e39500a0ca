import { definePatterns } from '../../lexicon/patterns';

/** Set-ups that fake suspense: "Let's be honest", "Here's the thing", "Imagine". */
export default definePatterns({
  rule: 'setup-phrase',
  lang: 'en',
  scope: 'sentence',
  source: 'vale-ai-tells AffirmativeFormulas.yml; anti-slop #36 manufactured conversationality and #37 announced depth; vale-ai-tells OpeningCliches.yml (Picture this, Imagine a world); via shared/reference/ai-tells.md §7c',
  entries: [
    { id: 'lets-be-honest', example: 'Let\'s be honest: nobody reads this.', pattern: /(?:^(?:(?:and|but|so) )?|(?<=, (?:and|but) ))(?:let['’]s (?:be honest|face it)|honestly|truth be told|to be honest)\b[,:]?/, note: 'Just be it; announcing honesty does not add any.' },
    { id: 'heres-the-thing', example: 'Here\'s the thing: customers want speed.', pattern: /^(?:here(?:['’]s| is) (?:the (?:thing|deal|truth|kicker|catch|secret)|why(?: this matters)?|what|how)|the (?:truth|reality|good news|best part|secret|honest answer|short answer|real answer|simple answer) is|the result is)\b[:,]?/, note: 'Say it straight away.' },
    { id: 'imagine', example: 'Imagine a world without spam.', pattern: /^(?:imagine(?: a world)?|picture this|have you ever wondered|ever wondered)\b[:,?]?/, note: 'Describe a real situation of a real customer.' },
    { id: 'let-that-sink-in', example: 'Let that sink in.', pattern: /^(?:let that sink in|read that again|and that['’]s the beauty of it)\b/, note: 'Cut it.' },
    { id: 'here-are', example: 'Here are 3 things that made this possible.', pattern: /^here(?: are|['’]s) (?:the|some|a few|my|our|\d+|three|four|five|six|seven|ten) (?:[a-zà-öø-ɏ-]+ ){0,3}(?:things|tasks|ways|reasons|tips|lessons|steps|use cases|tools|secrets|benefits|mistakes)\b/, note: 'Drop the announcement; start with the first point.' },
  ],
});
