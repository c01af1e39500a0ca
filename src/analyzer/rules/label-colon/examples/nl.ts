import type { LanguageExamples } from '../../../examples';

/** Texts label-colon must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Het resultaat: meer omzet in minder tijd voor je team.', actual: 'Het resultaat:' },
    { text: 'Wat AI wel kan: teksten sneller maken dan ooit tevoren.', actual: 'Wat AI wel kan:' },
    { text: 'Het resultaat: rust.', actual: 'Het resultaat:' },
    { text: 'Slimme Planning: beheer al je afspraken vanuit één overzichtelijk dashboard.', actual: 'Slimme Planning:' },
  ],
  pass: [
    'Email: info@bakkerijvoorbeeld.nl',
    'Adres: Langestraat 12, Soest',
    'Openingstijden: dinsdag tot en met zaterdag',
    'Tel: bel ons gerust tijdens kantooruren',
    'Marieke de Vries: eigenaar',
    'Veelgestelde vragen: Alles over Bestellen',
    // Een titel met ondertitel; in het Nederlands gaat het na de dubbele punt met een kleine letter verder.
    'Verhuizen met kinderen: hier moet je op letten\nBegin een maand van tevoren met opruimen.',
    'De winkel naar internet: wat een jaar aan bestellingen ons over verzendkosten leerde\n\nIn januari openden we de webwinkel.',
    'De cursus bevat: drie lessen, een werkboek en een certificaat.',
    'Maar: we zijn er nog niet.',
    'We bouwen webwinkels voor de detailhandel. Klanten: Albert Heijn, Hema en Kruidvat.',
    'Eigenaar Fatima Yilmaz: “Sinds de verbouwing komen er op zaterdag twee keer zoveel mensen.”',
    'Het gezin Bakker: "We hadden het eerst niet door."',
    'Prijs: 49 euro',
    'GEMBER: al eeuwen gebruikt als huismiddel tegen misselijkheid.',
    'Let op: de winkel is op maandag gesloten.',
    'Wij bellen je terug binnen een werkdag, ook in de zomer.',
    'Kortom: dat is aan summary-marker, niet aan deze regel.',
    // A spec block: labels no list knows, values that are fragments.
    'Kleur: zandbeige met een grijze rand\nWassen: met de hand, op 30 graden\nOnderhoud: af en toe luchten',
  ],
};

export default examples;
