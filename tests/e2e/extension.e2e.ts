/**
 * The extension's journeys (tests/e2e/journeys/extension.ts) in real Chromium with the e2e build,
 * driven by playwright-core (tests/e2e/drivers/chromium.ts). The same journeys run in Firefox ESR
 * from tests/e2e/extension.firefox.ts.
 */
import { launchChromium } from './drivers/chromium';
import { describeJourneys } from './journeys/extension';

describeJourneys(launchChromium, '');
