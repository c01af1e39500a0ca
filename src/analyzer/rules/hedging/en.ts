import { defineLexicon } from '../../lexicon/define';

/** Hedges, weasel words and vague attribution: claims without an owner or a source. */
export default defineLexicon({
  rule: 'hedging',
  lang: 'en',
  source:
    'vale-ai-tells HedgingPhrases.yml and FalseBalance.yml; Wikipedia:Signs of AI writing (vague attribution, didactic disclaimers); ' +
    'write-good weasel-words; proselint hedging; via shared/reference/ai-tells.md §5',
  entries: [
    { id: 'important-to-note', match: ["(it's|it) is? (important|crucial|essential|worth|vital) (to)? (note|noting|mention|mentioning|remember|consider)", 'it should be noted', 'it bears mentioning', 'worth noting'], note: 'Drop the announcement and say the thing.' },
    { id: 'experts-agree', match: ['experts (agree|say|argue|believe|suggest)', '(studies|research|studies) (show|shows|suggest|suggests|has shown|have shown)', 'many (experts|people|businesses|companies) (believe|agree|say|find)', 'industry (reports|experts|leaders)'], note: 'Name the expert or the study, with a year.' },
    { id: 'it-could-be-argued', match: ['it could be argued', 'one could argue', 'some (might|may|would) (say|argue)', 'it can be said'], note: 'Take the position yourself, or leave it out.' },
    { id: 'generally-speaking', match: ['generally speaking', 'broadly speaking', 'for the most part', 'by and large', 'all things considered', 'to some extent', 'to a certain (extent|degree)', 'in many ways', 'in some ways', 'in a sense'], note: 'Say where it holds and where not.' },
    { id: 'that-said', match: ['that (being)? said', 'having said that', 'with that (being)? said'], note: 'Make the point without the throat-clearing.' },
    { id: 'may-vary', match: ['(results|experiences|costs|prices) may vary', 'depending on (various|many|several) factors', 'depends on (various|many|several) factors', 'on a case-by-case basis'], note: 'Name the factors.' },
    { id: 'could-potentially', match: ['(could|may|might|can) (potentially|possibly)', 'potentially (help|improve|increase|reduce)'], note: 'One hedge is enough; better, say when it does.' },
    { id: 'a-number-of', match: ['a (number|variety) of', 'various (ways|aspects|factors|options)', 'numerous (benefits|ways|advantages)'], note: 'Give the number.' },
    { id: 'balanced-approach', match: ['(a|strike a|find a|finding the right) balance', 'balanced approach', 'there is no (simple|one-size-fits-all) (answer|solution)'], note: 'Say what you weigh against what, and where you land.' },
    { id: 'more-and-more', match: ['more and more (businesses|companies|people)', 'a growing number of'], note: 'Give a name or the number.' },
  ],
});
