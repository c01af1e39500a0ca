import type { Lang } from './types';

/** A text a rule must flag, and the exact text it must flag in it. */
export interface FlagExample {
  text: string;
  actual: string;
}

/** Flag and pass examples of one rule in every language it claims. */
export type RuleExamples = Record<Lang, { flag: FlagExample[]; pass: string[] }>;

/** Declares the examples of one rule (a typed identity function). */
export function defineExamples(ruleId: string, examples: RuleExamples): { ruleId: string; examples: RuleExamples } {
  return { ruleId, examples };
}
