/**
 * The popup's inspection of a tab: make sure the content script runs there, collect the page's copy
 * (or the selection), have it analysed. Free of the analyzer itself, so the popup runs it directly
 * and only the analysis goes to the background: the popup reaches the page while the service worker
 * is still waking up, and the page's text is not sent back and forth through the worker.
 */
import type { LangOption, Report } from '@/src/analyzer/types';
import { sendToContent, type BackgroundProtocol, type InspectResult, type InspectState, type PageSnapshot } from './protocol';
import { getSiteSettings, loadSettings, noticeItem } from './storage';
import { markPhase } from './timing';

/** The built content script, injected on demand and registered for sites with inline warnings on. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Pages no extension may script: the browser's own pages, stores and viewers. */
const RESTRICTED_URL =
  /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|devtools|view-source|chrome-search|chrome-untrusted):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)\//;

/** Whether a tab's URL is one extensions cannot script (an unknown URL is not assumed restricted). */
export function isRestrictedUrl(url: string | undefined): boolean {
  return url !== undefined && RESTRICTED_URL.test(url);
}

/** Injects the content script into a frame of a tab; a second injection is a no-op in the script itself. */
export async function injectContentScript(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * Characters of the page's text per message. Serialising a message happens on the page's main
 * thread: ~300k characters in one answer was a 50–100 ms task there, a part of this size ~10–20 ms.
 */
export const TEXT_PART_LENGTH = 100_000;

/** Collects a tab's copy, a long text in parts (each its own short task in the page), asked all at once. */
export async function collectPage(tabId: number): Promise<PageSnapshot> {
  const snapshot = await sendToContent(tabId, 'collect', { partLength: TEXT_PART_LENGTH });
  const total = snapshot.textLength;
  if (total === undefined) return snapshot;
  const requests: Array<Promise<{ text: string }>> = [];
  for (let start = TEXT_PART_LENGTH; start < total; start += TEXT_PART_LENGTH) {
    requests.push(sendToContent(tabId, 'collect-part', { start, end: start + TEXT_PART_LENGTH }));
  }
  const parts = await Promise.all(requests);
  const text = snapshot.text + parts.map((part) => part.text).join('');
  if (text.length !== total) throw new Error('middelmaat: the page changed while it was read');
  return { ...snapshot, text, textLength: undefined };
}

/** The popup's state for a report: a score, or why there is none. */
export function stateOf(text: string, report: Report): InspectState {
  if (text.trim() === '') return 'no-copy';
  if (report.score !== null) return 'ok';
  switch (report.reason) {
    case 'empty':
      return 'no-copy';
    case 'too-short':
      return 'too-short';
    case 'unsupported-language':
      return 'unsupported';
    default:
      return 'error';
  }
}

/** How an inspection has its text analysed: in the background itself, or by asking it. */
export type AnalyzeText = (text: string, lang: LangOption, langHint?: string) => Report | Promise<Report>;

/**
 * Inspects a tab: injects the content script, collects the page's copy (or the selection, when there
 * is one and the request did not ask for the whole page) and analyses it with `analyzeText`.
 */
export async function inspectTab(request: BackgroundProtocol['inspect-tab'][0], analyzeText: AnalyzeText): Promise<InspectResult> {
  markPhase('inspect-received');
  // The tab is looked up while the settings load (each is a round trip); the notice is read after
  // them, because loading settings that had to be reset is what sets it.
  const [tab, storedNotice] = await Promise.all([
    browser.tabs.get(request.tabId).catch(() => undefined),
    loadSettings().then(() => noticeItem.getValue()),
  ]);
  const notice = storedNotice ?? undefined;
  if (!tab || isRestrictedUrl(tab.url)) return { state: 'restricted', source: 'page', notice };
  let snapshot: PageSnapshot;
  try {
    await injectContentScript(request.tabId);
    markPhase('injected');
    snapshot = await collectPage(request.tabId);
    markPhase('collected', snapshot.collectMs);
  } catch {
    // Scripting is refused on pages the browser protects, and on pages the user did not open the
    // popup on (no activeTab grant, no site permission).
    return { state: 'restricted', source: 'page', notice };
  }
  if (snapshot.contentType === 'application/pdf' || snapshot.site === '') {
    return { state: 'restricted', source: 'page', notice };
  }
  const settings = await getSiteSettings(snapshot.site);
  const lang = request.lang ?? settings.lang;
  const useSelection = request.source !== 'page' && snapshot.selection !== null && snapshot.selection.trim() !== '';
  const source = useSelection ? 'selection' : 'page';
  const text = useSelection ? snapshot.selection! : snapshot.text;
  const site = { key: snapshot.site, settings };
  if (text.trim() === '') return { state: 'no-copy', source, text, site, notice };
  const report = await analyzeText(text, lang, snapshot.langHint);
  markPhase('analyzed');
  return { state: stateOf(text, report), source, text, report, site, notice };
}
