import type { Span } from '../../types';
import { paragraphAt, patternRule } from '../../rule';
import type { Document } from '../../text/document';
import { hasContactValue, isHeadingLike } from '../../conventions';
import { perLanguage } from '../../languages';

/** Most words of the value of a field line ("Anne Bogie: Secretary", "Duur: twee dagdelen"). */
const MAX_FIELD_VALUE_WORDS = 4;

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

/** One language's conventions, with its field labels as one case-insensitive test, built at import. */
const conventions = perLanguage((pack) => {
  const known = pack.rules['label-colon'].conventions;
  return { ...known, field: new RegExp(`^(?:${known.fields.join('|')})(?: ${known.fieldQualifier.source})?$`, 'iu') };
});

/**
 * Whether a label and colon is a human convention rather than the generated inline header: a contact
 * or spec field ("Email: …", "Adres: …"), a field line with a short value ("Anne Bogie: Secretary"),
 * a heading that contains a colon ("For Clients: What to Expect"), a list introduction or a pause.
 */
function isConvention(doc: Document, span: Span, scope: Span): boolean {
  const label = doc.text.slice(span.start, span.end).replace(/^[^\p{L}]+/u, '');
  const labelWords = label.replace(/:$/u, '').trim();
  const known = conventions[doc.lang];
  if (known.field.test(labelWords)) return true;
  if (known.loneConjunction.test(label) || known.listIntroducers.test(label)) return true;
  const value = doc.text.slice(span.end, scope.end);
  if (hasContactValue(value)) return true;
  const paragraph = paragraphAt(doc, span.start);
  if (!paragraph || !isHeadingLike(doc.text.slice(paragraph.start, paragraph.end))) return false;
  // A heading with a colon ("For Clients: What to Expect"), or a field line whose value is a few
  // words (a name and a role, a spec): "Anne Bogie: Secretary", "Work schedule: full time".
  return /^\s*\p{Lu}/u.test(value) || value.trim().split(/\s+/u).length <= MAX_FIELD_VALUE_WORDS;
}

/** Lines that open with a label and a colon. */
export const labelColon = patternRule({
  id: 'label-colon',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['label-colon']),
  skip: isConvention,
});
