import type { RepeatedOpenersPhrases } from './rule';

/** De lidwoorden: te gewoon om als herhaald patroon te tellen. */
const phrases: RepeatedOpenersPhrases = {
  neutralOpeners: ['de', 'het', 'een'],
};

export default phrases;
