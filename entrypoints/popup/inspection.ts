/**
 * The popup's inspection of its tab, kept apart from the interface so the popup's first script is
 * small: it starts the inspection, and Preact and the components load while the page is read.
 */
import type { LangOption } from '@/src/analyzer/types';
import { inspectTab } from '@/src/extension/inspect';
import { sendToBackground, type InspectResult } from '@/src/extension/protocol';
import { markPhase } from '@/src/extension/timing';

/**
 * Inspects a tab from the popup: the popup injects and collects itself and asks the background only
 * for the analysis (see inspect.ts). Never throws: a failure is the 'error' state.
 */
export function inspectFromPopup(tabId: number, options: { lang?: LangOption; source?: 'auto' | 'page' } = {}): Promise<InspectResult> {
  markPhase('inspect-sent');
  return inspectTab({ tabId, ...options }, (text, lang, langHint) => sendToBackground('analyze', { text, lang, ...(langHint ? { langHint } : {}) })).catch(
    (): InspectResult => ({ state: 'error', source: 'page' }),
  );
}

/** The tab the popup is for and its first inspection, started before the first render. */
export interface FirstInspection {
  /** The tab, or undefined when there is none to inspect. */
  tabId: number | undefined;
  /** The inspection under way, when there is a tab. */
  result?: Promise<InspectResult>;
}

/** Finds the popup's tab (the one asked for, or the active one) and starts inspecting it at once. */
export async function startFirstInspection(requestedTabId?: number): Promise<FirstInspection> {
  let tabId = requestedTabId;
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  return tabId === undefined ? { tabId } : { tabId, result: inspectFromPopup(tabId) };
}
