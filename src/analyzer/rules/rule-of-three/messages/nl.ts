import type { RuleOfThreeMessages } from '../rule';

/** What rule-of-three says, in Dutch. */
const messages: RuleOfThreeMessages = {
  description: 'Drietallen als ‘snel, betrouwbaar en schaalbaar’ of ‘Snel. Simpel. Slim.’; telt per dichtheid.',
  finding: ({ actual }) => `‘${actual}’ is een drietal: het vaste ritme van voorspelbare tekst, vooral als het vaker voorkomt.`,
  note: 'Kies het ene woord dat het meest waar is, en bewijs het.',
};

export default messages;
