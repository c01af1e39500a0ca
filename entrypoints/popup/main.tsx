import { uiLanguage } from '@/src/extension/i18n';
import { sendToBackground } from '@/src/extension/protocol';
import { markPhase } from '@/src/extension/timing';
import { startFirstInspection } from './inspection';

markPhase('popup-script');
// Wake the service worker first: it starts, and warms the analyzer up, while the popup injects into
// the page and collects its copy.
void sendToBackground('warm-up', {}).catch(() => undefined);

document.documentElement.lang = uiLanguage();
// `popup.html?tab=<id>` targets a given tab (how tests open the popup for a page).
const tabParameter = new URLSearchParams(location.search).get('tab');
const tabId = tabParameter !== null && /^\d+$/.test(tabParameter) ? Number(tabParameter) : undefined;
// The inspection starts before the interface is even loaded: Preact and the components are fetched,
// compiled and drawn while the page is being read.
const first = startFirstInspection(tabId);
void Promise.all([import('preact'), import('./App')]).then(([{ h, render }, { App }]) => {
  render(h(App, { requestedTabId: tabId, first }), document.getElementById('app')!);
});
