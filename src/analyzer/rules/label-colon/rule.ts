import type { Span } from '../../types';
import { patternRule, sentenceAt } from '../../rule';
import type { Document } from '../../text/document';
import { hasContactValue, inSpecBlock, isFieldLabel, isHeadingLike, isNameList, isTitleLike } from '../../conventions';
import { perLanguage } from '../../languages';

/** A colon that opens a quotation: the speaker before it ("Renate: “We waren …”"), as in any interview or report. */
const OPENS_QUOTATION = /^\s*["“„‘'«]/u;

/** Labels of a language that are human conventions, not the generated inline header (`<lang>.ts`, named export `conventions`). */
export interface LabelColonConventions {
  /**
   * Labels of contact, spec and form fields on real pages ("Email: …", "Tel: …", "Adres: …",
   * "Openingstijden: …", "Prijs: …"): page furniture that predates generated copy. A whole label must
   * be one of these (expression sources), optionally followed by one qualifier word.
   */
  fields: readonly string[];
  /** A qualifier word after a field label ("algemeen", "mobile"). */
  fieldQualifier: RegExp;
  /** Labels that introduce a list the way any writer does: "Visits include: …", "Wij bieden o.a.: …". */
  listIntroducers: RegExp;
  /** A lone conjunction as a label is a writer's pause ("Maar: we zijn er nog niet"), not a template header. */
  loneConjunction: RegExp;
}

/** One language's conventions (its field labels are tested through `isFieldLabel`). */
const conventions = perLanguage((pack) => pack.rules['label-colon'].conventions);

/**
 * Whether a label and colon is a human convention rather than the generated inline header: a contact
 * or spec field ("Email: …", "Adres: …"), a field line with a short value ("Anne Bogie: Secretary"),
 * a heading that contains a colon ("For Clients: What to Expect"), a line of a spec block, a list
 * introduction, a pause, a speaker before a quotation ("Renate: “…”") or a list of names
 * ("Klanten: Albert Heijn, Hema en Kruidvat").
 */
function isConvention(doc: Document, span: Span, scope: Span): boolean {
  const label = doc.text.slice(span.start, span.end).replace(/^[^\p{L}]+/u, '');
  const labelWords = label.replace(/:$/u, '').trim();
  const known = conventions[doc.lang];
  if (isFieldLabel(labelWords, doc.lang)) return true;
  if (known.loneConjunction.test(label) || known.listIntroducers.test(label)) return true;
  const value = doc.text.slice(span.end, scope.end);
  if (hasContactValue(value) || OPENS_QUOTATION.test(value) || isNameList(value)) return true;
  // The sentence knows its paragraph's index (a binary search, not a scan of every paragraph per match).
  const index = sentenceAt(doc, span.start)?.paragraph;
  if (index === undefined) return false;
  const lines = [index - 1, index, index + 1].map((at) => (doc.paragraphs[at] ? doc.text.slice(doc.paragraphs[at]!.start, doc.paragraphs[at]!.end) : ''));
  if (inSpecBlock(lines, 1)) return true;
  // A heading with a colon, a title and its subtitle: "For Clients: What to Expect", and in Dutch,
  // which goes on in lower case after a colon, "Starten als ondernemer: hier moet je op letten"; or
  // a field line whose value is a few words ("Anne Bogie: Secretary", "Work schedule: full time").
  // The text's first line may be a longer title ("Moving the shop online: what a year taught us").
  return isHeadingLike(lines[1]!) || (index === 0 && isTitleLike(lines[1]!));
}

/** Lines that open with a label and a colon. */
export const labelColon = patternRule({
  id: 'label-colon',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['label-colon']),
  skip: isConvention,
});
