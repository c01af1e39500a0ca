import type { Finding, Lang } from '../../types';
import { density, makeFinding, type Rule } from '../../rule';

/** A question to the reader: a question word, then "you" somewhere before the question mark. */
const READER_QUESTION: Record<Lang, RegExp> = {
  nl: /^(?:en )?(?:wat|welke|hoe|wie|waar|herken|ken|heb|ben|doe|zie)\b[^?]{0,80}\b(?:jij|je|jouw|u|uw|jullie)\b[^?]{0,60}\?$/i,
  en: /^(?:so )?(?:what|which|how|who|where|have|do|are|would)\b[^?]{0,80}\b(?:you|your)\b[^?]{0,60}\?$/i,
};
/** Only the last sentences of a text count: the question is the sign-off. */
const LAST_SENTENCES = 2;

/**
 * A text that signs off with a question to the reader ("Which use case would you add?"): the
 * engagement bait of generated social posts, "manufactured conversationality" (anti-slop #36, via
 * shared/reference/ai-tells.md §7c). On dev: English 0 of 71 human vs 3 of 73 AI texts.
 */
export const closingQuestion: Rule = {
  id: 'closing-question',
  category: 'structure',
  description: {
    nl: 'Een tekst die afsluit met een vraag aan de lezer, zoals ‘Wat vind jij?’: de vaste afsluiter van gegenereerde posts.',
    en: 'A text that signs off with a question to the reader, such as "Which would you add?": the stock ending of generated posts.',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    for (const sentence of doc.sentences.slice(-LAST_SENTENCES)) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!READER_QUESTION[doc.lang].test(text)) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message:
            doc.lang === 'nl'
              ? `‘${text}’ sluit af met een vraag aan de lezer: het vaste trucje om reacties los te krijgen.`
              : `"${text}" signs off with a question to the reader: the stock trick for drawing replies.`,
          note:
            doc.lang === 'nl'
              ? 'Eindig met wat de lezer nu kan doen, of met je eigen antwoord.'
              : 'End with what the reader can do now, or with your own answer.',
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
