import type { EmDashMessages } from '../rule';

/** What em-dash says, in English. English counts only the em dash (see `../en.ts`), so `spacedDash` is there for completeness. */
const messages: EmDashMessages = {
  description: 'Em dashes (—) where a comma or full stop would do; counted by density only.',
  emDash: {
    message: 'An em dash: generated copy often uses one where a comma or full stop would do.',
    note: 'Try a full stop or a comma.',
  },
  spacedDash: {
    message: 'A spaced dash: fine now and then, but many of them make a text restless, and generated copy scatters them.',
    note: 'See whether a comma, brackets or a full stop reads more calmly here.',
  },
};

export default messages;
