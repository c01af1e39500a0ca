import type { EmDashMessages } from '../rule';

/**
 * What em-dash says, in Dutch. The spaced "–" is the ordinary gedachtestreepje (Taalunie), so its
 * message is about overuse, in the Taalunie's own terms ("onrustig"); the long "—" is English
 * typography in a Dutch text.
 */
const messages: EmDashMessages = {
  description: 'Gedachtestreepjes (— of –) waar een komma of punt volstaat; telt alleen per dichtheid.',
  emDash: {
    message: 'Een lang kastlijntje (—) is Engelse typografie; gegenereerde tekst zet het vaak waar een komma of punt volstaat.',
    note: 'Gebruik een komma of een punt; wil je een gedachtestreepje, neem dan het korte, met spaties ervoor en erna.',
  },
  spacedDash: {
    message: 'Een gedachtestreepje: spaarzaam gebruikt prima, maar veel ervan maken een tekst onrustig, en gegenereerde tekst strooit ermee.',
    note: 'Kijk of een komma, haakjes of een punt hier rustiger leest.',
  },
};

export default messages;
