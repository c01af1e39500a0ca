/**
 * The drafts journeys (tests/e2e/journeys/drafts.ts) in real Chromium with the e2e build, driven by
 * playwright-core (tests/e2e/drivers/chromium.ts). The same journeys run in Firefox ESR from
 * tests/e2e/drafts.firefox.ts.
 */
import { launchChromium } from './drivers/chromium';
import { describeDraftsJourneys } from './journeys/drafts';

describeDraftsJourneys(launchChromium, '');
