/**
 * The drafts journeys (tests/e2e/journeys/drafts.ts) in real Firefox ESR with the e2e copy of the
 * Firefox build, driven by puppeteer-core over WebDriver BiDi (tests/e2e/drivers/firefox.ts).
 * Run by `npm run test:firefox` and by the "e2e (firefox)" stage of `npm test`.
 */
import { launchFirefox } from './drivers/firefox';
import { describeDraftsJourneys } from './journeys/drafts';

describeDraftsJourneys(launchFirefox, 'firefox-');
