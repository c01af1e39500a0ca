// How much text a firm judgement needs, from the fitted model alone: hosts that only show a report
// (the popup, the selection card, the drafts card) import this, not the analyzer, so the rules and
// compromise stay out of the content script and the popup bundle.
import type { Model } from './model';
import fittedModel from './model.json';

/**
 * Fewest words for a firm judgement: from here a text carries at least three quarters of the
 * evidence of a long one (n / (n + K) ≥ 3/4, see `evidenceShare`). A shorter text still gets a
 * score, but one drawn toward the average text; hosts say so beside it.
 */
export const FIRM_JUDGEMENT_WORDS = 3 * (fittedModel as Model).evidenceWords;
