/**
 * The extension's journeys (tests/e2e/journeys/extension.ts) in real Firefox ESR with the e2e copy
 * of the Firefox build, driven by puppeteer-core over WebDriver BiDi (tests/e2e/drivers/firefox.ts).
 * Run by `npm run test:firefox` and by the "e2e (firefox)" stage of `npm test`.
 */
import { launchFirefox } from './drivers/firefox';
import { describeJourneys } from './journeys/extension';

describeJourneys(launchFirefox, 'firefox-');
