import type { LanguageExamples } from '../../../examples';

/** Texts emoji-bullets must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: '🚀 Launch your shop faster\n✅ No setup fees', actual: '🚀' },
    { text: 'What you get:\n💡 Free shipping over $50', actual: '💡' },
  ],
  pass: [
    '© 2016 Northside Studios. All rights reserved.',
    '™ Northside is a trademark of its owner.',
    '► Free delivery in Leeds\n► Baked fresh every day',
    '📞 0113 496 0000',
    'Thanks for your order! 😊',
    'We are closed on 27 April.',
  ],
};

export default examples;
