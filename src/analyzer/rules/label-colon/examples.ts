import { defineExamples } from '../../examples';

export default defineExamples('label-colon', {
  nl: {
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
      'De cursus bevat: drie lessen, een werkboek en een certificaat.',
      'Maar: we zijn er nog niet.','Prijs: 49 euro', 'GEMBER: al eeuwen gebruikt als huismiddel tegen misselijkheid.', 'Let op: de winkel is op maandag gesloten.', 'Wij bellen je terug binnen een werkdag, ook in de zomer.', 'Kortom: dat is aan summary-marker, niet aan deze regel.'],
  },
  en: {
    flag: [
      { text: 'The result: more sales in less time for your team.', actual: 'The result:' },
      { text: 'What AI can do: write copy faster than ever before.', actual: 'What AI can do:' },
      { text: 'The result: calm.', actual: 'The result:' },
      { text: 'Smart Booking Management: manage every appointment from one simple dashboard.', actual: 'Smart Booking Management:' },
    ],
    pass: [
      'Email: hello@bakeryexample.co.uk',
      'Address: 12 High Street, Leeds',
      'Opening hours: Tuesday to Saturday',
      'Anne Bogie: Secretary',
      'For Clients: What to Expect',
      'Visits include: feeding, walking and playing with your dog.',
      'But: we are not there yet.','Price: $49', 'GINGER: used for centuries as a home remedy against nausea.', 'Note: the shop is closed on Mondays.', 'We call you back within one working day, even in summer.', 'Overall: that belongs to summary-marker, not to this rule.'],
  },
});
