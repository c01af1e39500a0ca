import type { TitleCasePhrases } from './rule';

/** Nederlandse koppen krijgen alleen aan het begin een hoofdletter: één kop in Title Case is genoeg. */
const phrases: TitleCasePhrases = {
  minHeadings: 1,
  roles:
    /^(?:eigenaar|eigenaresse|directeur|directrice|oprichter|oprichtster|mede-oprichter|voorzitter|secretaris|penningmeester|bestuurslid|manager|coördinator|coordinator|assistent|medewerker|medewerkster|adviseur|consultant|ontwerper|ontwikkelaar|developer|designer|vormgever|redacteur|fotograaf|docent|trainer|coach|therapeut|fysiotherapeut|verpleegkundige|huisarts|specialist|boekhouder|accountant|advocaat|notaris|architect|stagiair|stagiaire|vrijwilliger|bakker|kok|chef|monteur|installateur|teamleider|office manager)s?$/iu,
};

export default phrases;
