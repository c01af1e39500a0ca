import { definePatterns } from '../../lexicon/patterns';

/** The contrastive formula: "not X, but Y", "it's not X, it's Y". */
export default definePatterns({
  rule: 'not-but',
  lang: 'en',
  scope: 'paragraph',
  source: 'Wikipedia:Signs of AI writing L3; vale-ai-tells ContrastiveFormulas.yml; antislop-sampler regex; EQ-Bench not-x-but-y (human 0.044 vs models 0.086–0.811 per 1k chars); via shared/reference/ai-tells.md §7a',
  entries: [
    { id: 'not-just-but', example: 'It is not just a tool but a partner.', pattern: /\bnot (?:just|only|merely|simply)\b[^.!?\n]{1,80}?\b(?:but|it['’]s|it is)\b(?: also)?/, note: 'Say what it is; the contrast with something nobody claimed adds nothing.' },
    { id: 'its-not-its', example: 'It\'s not a tool, it\'s a partner.', pattern: /\b(?:it['’]s|this['’]s|that['’]s) not (?:just |only |merely )?[^.!?\n]{1,60}?[,.;:—–-]\s*(?:it['’]s|it is|this is|that['’]s)\b/, note: 'Drop the first half and start with what it is.' },
    { id: 'isnt-about', example: 'It isn\'t about speed, it\'s about trust.', pattern: /\b(?:isn['’]t|is not|wasn['’]t|was not) (?:just |only )?about\b[^.!?\n]{1,60}?[,.;:—–-]\s*(?:it['’]s|it is|it was)? ?about\b/, note: 'Say directly what it is about.' },
    { id: 'sentence-opens-with-not', example: 'Not with canned replies, but with your own information.', pattern: /(?:^|(?<=[.!?]\s+))not (?!just\b|only\b|merely\b|simply\b|everyone\b|everybody\b|everything\b|always\b|every\b|all\b|quite\b|much\b|many\b|often\b)[^.!?\n,]{1,60}, but\b/u, note: 'Start with what it is; a sentence that opens with the denial sets up an opponent who is not there.' },
    { id: 'more-than-just', example: 'This is more than just a calendar.', pattern: /\bmore than (?:just|only|merely) (?:a |an )?[a-zà-öø-ɏ-]+/u, note: 'Say what it is, not what it is more than.' },
    { id: 'less-about-more-about', example: 'It is less about tools and more about people.', pattern: /\bless about\b[^.!?\n]{1,60}?\bmore about\b/, note: 'Say what it is about.' },
    { id: 'is-not-it-is', example: 'Our bots are not scripts. They are partners.', pattern: /\b(?:is|are)(?: not|n['’]t)\b[^.!?\n]{1,60}?[.;:—–-]\s*(?:it|this|they|we)(?:['’]s|['’]re| is| are)\b/, note: 'Drop the first half and start with what it is.' },
  ],
});
