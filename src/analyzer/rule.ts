import type { Category, Finding, Lang, Span } from './types';
import type { Document, Paragraph, Sentence } from './text/document';
import type { Lexicon } from './lexicon/define';
import type { LexiconMatch } from './lexicon/match';
import { COMPILED_LEXICONS, PHRASE_LEXICONS } from './lexicons';
import { perLanguage } from './languages';
import { phraseEnd, type PhraseLimits } from './text/phrase';
import { compileEntryPattern, type PatternEntry, type PatternSet } from './lexicon/patterns';

/** What a rule returns: its findings and the value of its signal for the score. */
export interface RuleResult {
  /** Places in the text. */
  findings: Finding[];
  /** The signal's value in the rule's unit; by default the findings' weight per 100 words. */
  value: number;
}

/** A rule: one signal of predictable copy, in its own file, id equal to the file name. */
export interface Rule {
  /** Kebab-case id, equal to the file name. */
  id: string;
  /** The category its findings belong to. */
  category: Category;
  /** What it looks for, one line per language (popup and README). */
  description: Record<Lang, string>;
  /** Unit of its signal value, for reports ("per 100 words", "words"). */
  unit: string;
  /** -1 when a higher value means less predictable copy (the score may only fall with it); default 1. */
  direction?: 1 | -1;
  /**
   * What the popup measures this signal's points from: `zero` (default) for tells, whose absence
   * says nothing, so they can only add points; `mean` for metrics every text has (rhythm, variety),
   * which move the score both ways from the average text.
   */
  reference?: 'zero' | 'mean';
  /** Runs the rule on the parsed text. */
  run(doc: Document): RuleResult;
}

/** Fields of a finding the rule decides; the rest is derived from the parsed text. */
export interface FindingDraft {
  /** Span in the text. */
  span: Span;
  /** The message, in the document's language. */
  message: string;
  /** Literal replacements. */
  expected?: readonly string[];
  /** A direction for a rewrite. */
  note?: string;
  /** Entry id within the rule's lexicon, when one matched. */
  entry?: string;
  /** Weight of this finding (default 1). */
  weight?: number;
}

/** The span of sorted, non-overlapping `spans` that contains `offset` (binary search). */
function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

/** The sentence containing `offset`. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  return spanAt(doc.sentences, offset);
}

/** The paragraph containing `offset`. */
export function paragraphAt(doc: Document, offset: number): Paragraph | undefined {
  return spanAt(doc.paragraphs, offset);
}

/** Builds a complete finding for `rule` from a draft. */
export function makeFinding(rule: Pick<Rule, 'id' | 'category'>, doc: Document, draft: FindingDraft): Finding {
  const first = sentenceAt(doc, draft.span.start);
  // A finding over several sentences (a flat run) gets all of them as its context.
  const last = sentenceAt(doc, Math.max(draft.span.start, draft.span.end - 1)) ?? first;
  const sentence = first && last ? { start: first.start, end: Math.max(first.end, last.end) } : first;
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    lang: doc.lang,
    span: { start: draft.span.start, end: draft.span.end },
    actual: doc.text.slice(draft.span.start, draft.span.end),
    message: draft.message,
    expected: [...(draft.expected ?? [])],
    sentence: sentence ? { start: sentence.start, end: sentence.end } : { start: draft.span.start, end: draft.span.end },
    weight: draft.weight ?? 1,
  };
  if (draft.entry) finding.entryId = `${doc.lang}/${rule.id}/${draft.entry}`;
  if (draft.note) finding.note = draft.note;
  return finding;
}

/** Sum of finding weights per 100 words: the default signal value. */
export function density(findings: readonly Finding[], doc: Document): number {
  if (doc.words.length === 0) return 0;
  let weight = 0;
  for (const finding of findings) weight += finding.weight;
  return (100 * weight) / doc.words.length;
}

/** What every rule says in each language: at least what it looks for (popup and README). */
export interface RuleMessages {
  /** What the rule looks for, in one line. */
  description: string;
}

/** The messages of a rule that reports phrases: what it looks for, and what it says about one hit. */
export interface PhraseRuleMessages extends RuleMessages {
  /** The finding's message, given the matched text. */
  finding(values: { actual: string }): string;
}

/** One language's data of a phrase rule: its phrases and its messages, kept in the rule's folder. */
export interface PhraseRuleTexts<Phrases, Messages extends PhraseRuleMessages = PhraseRuleMessages> {
  /** The lexicon or pattern set of this language (`rules/<id>/<lang>.ts`). */
  phrases: Phrases;
  /** The messages of this language (`rules/<id>/messages/<lang>.ts`). */
  messages: Messages;
}

/** Each language's description of a rule, from its messages. */
export function descriptions(texts: Readonly<Record<Lang, { messages: RuleMessages }>>): Record<Lang, string> {
  return perLanguage((_, lang) => texts[lang].messages.description);
}

/** What every data-driven rule declares about itself. */
interface DataRuleSettings {
  /** Rule id (= folder name). */
  id: string;
  /** Category of its findings. */
  category: Category;
}

/** Settings of a rule whose findings come from lexicons. */
export interface LexiconRuleSettings extends DataRuleSettings {
  /** The lexicon and messages of each language. */
  texts: Readonly<Record<Lang, PhraseRuleTexts<Lexicon>>>;
}

/** Lexicon hits of one document: for each lexicon, its matches with the sentence they are in. */
type LexiconHits = Map<Lexicon, { sentence: Sentence; match: LexiconMatch }[]>;

const hitsByDocument = new WeakMap<Document, LexiconHits>();

/**
 * The hits of `lexicon` in `doc`. All lexicons of a language are compiled into one matcher at import
 * (`COMPILED_LEXICONS`) and searched in one pass over the document, whose hits are remembered for
 * that document only: five lexicon rules cost one walk over the words, not five.
 */
export function lexiconHits(doc: Document, lexicon: Lexicon): { sentence: Sentence; match: LexiconMatch }[] {
  const { matcher, lexiconOf } = COMPILED_LEXICONS[doc.lang];
  let hits = hitsByDocument.get(doc);
  if (!hits) {
    hits = new Map(PHRASE_LEXICONS[doc.lang].map((known) => [known, []]));
    for (const sentence of doc.sentences) {
      for (const match of matcher.find(sentence.words)) hits.get(lexiconOf.get(match.entry)!)!.push({ sentence, match });
    }
    hitsByDocument.set(doc, hits);
  }
  const found = hits.get(lexicon);
  if (!found) throw new Error(`lexicon ${lexicon.rule}/${lexicon.lang} is not listed in PHRASE_LEXICONS`);
  return found;
}

/**
 * The shared shape of data-driven rules: the rule kind only finds drafts (where, which entry, which
 * message); the finding itself and the signal (hits' weight per 100 words) are made here.
 */
function densityRule(settings: DataRuleSettings & { texts: Readonly<Record<Lang, { messages: RuleMessages }>> }, findDrafts: (doc: Document) => FindingDraft[]): Rule {
  const rule: Rule = {
    id: settings.id,
    category: settings.category,
    description: descriptions(settings.texts),
    unit: 'per 100 words',
    run(doc) {
      const findings = findDrafts(doc).map((draft) => makeFinding(rule, doc, draft));
      return { findings, value: density(findings, doc) };
    },
  };
  return rule;
}

/** A rule that reports every lexicon hit; its signal is the hits' weight per 100 words. */
export function lexiconRule(settings: LexiconRuleSettings): Rule {
  return densityRule(settings, (doc) =>
    lexiconHits(doc, settings.texts[doc.lang].phrases).map(({ sentence, match }) => {
      const span = { start: sentence.words[match.first]!.start, end: sentence.words[match.last]!.end };
      return {
        span,
        message: settings.texts[doc.lang].messages.finding({ actual: doc.text.slice(span.start, span.end) }),
        expected: match.entry.expected,
        note: match.entry.note,
        entry: match.entry.id,
        weight: match.entry.weight,
      };
    }),
  );
}

/** Settings of a rule whose findings come from sentence shapes. */
export interface PatternRuleSettings<Messages extends PhraseRuleMessages> extends DataRuleSettings {
  /** The pattern set and messages of each language. */
  texts: Readonly<Record<Lang, PhraseRuleTexts<PatternSet, Messages>>>;
  /**
   * Which message reports a match of `entry`, for a rule with more than one (an entry names its
   * message in `PatternEntry.message`); by default `finding`.
   */
  message?: (messages: Messages, entry: PatternEntry) => PhraseRuleMessages['finding'];
  /**
   * Human conventions of the same shape that are not tells (a contact field, a heading, a name):
   * a match for which this returns true is not reported. Code, not data: it reads the context.
   */
  skip?: (doc: Document, span: Span, scope: Span) => boolean;
  /**
   * Whether a mark runs on past the match to the end of the phrase its last word introduces: shapes
   * that end at a pivot ("or", "but", ", ensuring") mark what follows it too, up to the clause end.
   */
  toPhraseEnd?: boolean;
}

/** Each language's phrase ends as sets, built at import. */
export const PHRASE_ENDS = perLanguage((pack) => ({ boundaries: new Set(pack.phraseEnds.boundaries), dangling: new Set(pack.phraseEnds.dangling) }));

/**
 * How far a pattern's mark runs on after its pivot: a rest of the clause of up to three words whole
 * ("or a global enterprise"), else up to five words, stopping where a new phrase starts ("it's a
 * morning ritual", not "… for the whole office"), so the mark stays a phrase rather than a sentence.
 */
const PIVOT_PHRASE: PhraseLimits = { wholeClause: 3, maxWords: 5, boundaryFirst: true };

/** A rule that reports every match of its shapes; its signal is the hits' weight per 100 words. */
export function patternRule<Messages extends PhraseRuleMessages>(settings: PatternRuleSettings<Messages>): Rule {
  // Every language's patterns, compiled once when the rule is made (at import), not on first use.
  const compiled = Object.fromEntries(
    (Object.keys(settings.texts) as Lang[]).map((lang) => [lang, settings.texts[lang].phrases.entries.map((entry) => ({ entry, regex: compileEntryPattern(entry) }))]),
  ) as Record<Lang, { entry: PatternEntry; regex: RegExp }[]>;
  const compiledFor = (lang: Lang) => compiled[lang];
  return densityRule(settings, (doc) => {
    const messages = settings.texts[doc.lang].messages;
    const scopes: Span[] = settings.texts[doc.lang].phrases.scope === 'sentence' ? doc.sentences : doc.paragraphs;
    const drafts: FindingDraft[] = [];
    for (const { entry, regex } of compiledFor(doc.lang)) {
      for (const scope of scopes) {
        const slice = doc.text.slice(scope.start, scope.end);
        regex.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(slice)) !== null) {
          if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          if (entry.unless?.test(match[0])) continue;
          const start = scope.start + match.index;
          const matched = trimEnd(doc.text, start, start + match[0].length);
          const end = settings.toPhraseEnd && !entry.complete ? phraseEnd(doc.text, matched, scope.end, PHRASE_ENDS[doc.lang], PIVOT_PHRASE) : matched;
          if (settings.skip?.(doc, { start, end }, scope)) continue;
          drafts.push({
            span: { start, end },
            message: (settings.message?.(messages, entry) ?? messages.finding)({ actual: doc.text.slice(start, end) }),
            note: entry.note,
            entry: entry.id,
            weight: entry.weight,
          });
        }
      }
    }
    return onePerPlace(drafts);
  });
}

/**
 * One finding per place: when two entries of a rule match overlapping words ("From startups to
 * enterprises" is both an audience range and a from-X-to-Y opener), the earliest and then longest
 * match is reported and the other dropped, so a phrase is never reported, or counted, twice.
 */
function onePerPlace(drafts: FindingDraft[]): FindingDraft[] {
  const ordered = [...drafts].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: FindingDraft[] = [];
  for (const draft of ordered) {
    const last = kept[kept.length - 1];
    if (last && draft.span.start < last.span.end) continue;
    kept.push(draft);
  }
  return kept;
}

/** Moves `end` back over white space so a span never ends in a space. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
