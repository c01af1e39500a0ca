import { render } from 'preact';
import { uiLanguage } from '@/src/extension/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
// `popup.html?tab=<id>` targets a given tab (how tests open the popup for a page).
const tabParameter = new URLSearchParams(location.search).get('tab');
const tabId = tabParameter !== null && /^\d+$/.test(tabParameter) ? Number(tabParameter) : undefined;
render(<App requestedTabId={tabId} />, document.getElementById('app')!);
