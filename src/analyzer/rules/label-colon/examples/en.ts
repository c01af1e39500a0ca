import type { LanguageExamples } from '../../../examples';

/** Texts label-colon must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
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
    'We build booking tools for theatres. Clients: the Old Vic, Sadler’s Wells and the Barbican.',
    'Moving house with children: what to sort out first\nStart clearing the attic a month ahead.',
    'Moving the shop online: what a year of orders taught us about postage\n\nWe opened the web shop in January.',
    'Head baker Tom Ellis: “We sell out of sourdough by ten on Saturdays.”',
    'The Patel family: "We had no idea the app could do that."',
    'For Clients: What to Expect',
    'Visits include: feeding, walking and playing with your dog.',
    'But: we are not there yet.',
    'Price: $49',
    'GINGER: used for centuries as a home remedy against nausea.',
    'Note: the shop is closed on Mondays.',
    'We call you back within one working day, even in summer.',
    'Overall: that belongs to summary-marker, not to this rule.',
    // A spec block: labels no list knows, values that are fragments.
    'Frame: steel, hand brazed\nFinish: matt olive powder coat\nBuild time: about six weeks',
  ],
};

export default examples;
