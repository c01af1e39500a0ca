/**
 * The background's work: injecting the content script on demand, running the analyzer (it never runs
 * in a page), the per-site inline-warnings switch with its permission and registered script, the
 * context menu and the keyboard command. Every handler is an exported function so it can be unit
 * tested against WXT's fake browser; `entrypoints/background.ts` only wires them to events.
 */
import { analyze } from '@/src/analyzer';
import { SIGNALS } from '@/src/analyzer/signals';
import type { Lang, LangOption, Report } from '@/src/analyzer/types';
import {
  answerWith,
  isBackgroundMessage,
  sendToContent,
  type BackgroundMessage,
  type BackgroundProtocol,
  type InspectResult,
} from './protocol';
import {
  forgetIgnoredFields,
  getSiteSettings,
  loadSettings,
  noticeItem,
  pendingInlineItem,
  sitePattern,
  updateSiteSettings,
  type SiteFeature,
} from './storage';
import { HIGHLIGHT_CSS } from './highlight-style';
import { CONTENT_SCRIPT_FILE, injectContentScript, inspectTab as inspectTabWith } from './inspect';
import { markPhase } from './timing';

export { CONTENT_SCRIPT_FILE, injectContentScript, isRestrictedUrl, stateOf } from './inspect';

/** Id of the context-menu item and of the keyboard command. */
export const CHECK_SELECTION = 'check-selection';

/** Reports of the last few texts, by language and text (oldest first). */
const recentReports = new Map<string, Report>();
/** How many recent reports the worker keeps: a few tabs' pages, at most a few MB. */
const RECENT_REPORTS = 4;

/**
 * Runs the analyzer; the language falls back to detection. The analyzer is deterministic, so the
 * report of a text seen moments ago is reused: reopening the popup on an unchanged page, or the
 * inline warnings asking again for the same copy, costs no second analysis.
 */
export function analyzeText(text: string, lang: LangOption = 'auto', langHint?: string): Report {
  const key = `${lang}\u0000${langHint ?? ''}\u0000${text}`;
  const cached = recentReports.get(key);
  if (cached) {
    recentReports.delete(key);
    recentReports.set(key, cached);
    return cached;
  }
  const report = analyze(text, { lang, ...(langHint !== undefined && { langHint }) });
  recentReports.set(key, report);
  if (recentReports.size > RECENT_REPORTS) recentReports.delete(recentReports.keys().next().value!);
  return report;
}

/** Whether this worker has run the analyzer yet. */
let warmedUp = false;

/**
 * Runs the analyzer once on a few sentences of each language, the first time only, so a worker that
 * just woke up has its lexicons compiled and its code warm before the page's text arrives. The popup
 * asks for it on opening, while it injects and collects the page itself.
 */
export function warmUpAnalyzer(): void {
  if (warmedUp) return;
  warmedUp = true;
  analyzeText('Wij bieden een naadloze oplossing op maat. Kortom: kwaliteit staat bij ons voorop. Ontdek het vandaag nog.', 'nl');
  analyzeText('We offer a seamless, tailored solution. In short: quality comes first. Discover it today.', 'en');
}

/** The popup's request, answered in the background: see `inspectTab` in inspect.ts. */
export async function inspectTab(request: BackgroundProtocol['inspect-tab'][0]): Promise<InspectResult> {
  return inspectTabWith(request, analyzeText);
}

/** Registered-script id of a site's inline warnings. */
export function inlineScriptId(site: string): string {
  return `inline ${site}`;
}

/** Registered-script id of a site's drafts check (the same content script, registered for its own reason). */
export function draftsScriptId(site: string): string {
  return `drafts ${site}`;
}

/** Registered-script id of a per-site feature. */
function scriptIdOf(feature: SiteFeature, site: string): string {
  return feature === 'inline' ? inlineScriptId(site) : draftsScriptId(site);
}

/**
 * Registers the content script for a site so the feature comes back on every visit. Each switch has
 * its own registration, so switching one off never takes the other's away; when both are on, the
 * script's second injection returns at once.
 */
async function registerSiteScript(feature: SiteFeature, site: string): Promise<void> {
  const id = scriptIdOf(feature, site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [sitePattern(site)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Removes a site's registered script of a feature, if there is one. */
async function unregisterSiteScript(feature: SiteFeature, site: string): Promise<void> {
  const id = scriptIdOf(feature, site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Gives a site's permission back once neither switch needs it any more.
 * Fails for permissions granted at install (the test build grants its local origin); harmless.
 */
async function releaseSitePermission(site: string): Promise<void> {
  const settings = await getSiteSettings(site);
  if (settings.inline || settings.drafts) return;
  await browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
}

/** Shows whether inline warnings are on in a tab through the toolbar icon (the icon-on variant has a dot). */
export async function showInlineIcon(tabId: number, on: boolean): Promise<void> {
  const folder = on ? 'icon-on' : 'icon';
  const path = Object.fromEntries([16, 32, 48].map((size) => [size, `/${folder}/${size}.png`]));
  await browser.action.setIcon({ tabId, path }).catch(() => undefined);
}

/**
 * Switches inline warnings for a site. On: needs the site's permission (asked by the popup), stores
 * the choice, registers the content script for the site and starts warnings in the tab. Off: removes
 * all of that again, including the permission.
 */
export async function setInline(request: BackgroundProtocol['set-inline'][0]): Promise<BackgroundProtocol['set-inline'][1]> {
  const { tabId, site, enabled } = request;
  const origins = [sitePattern(site)];
  if (enabled) {
    if (!(await browser.permissions.contains({ origins }))) return { ok: false, reason: 'no-permission' };
    const settings = await updateSiteSettings(site, { inline: true });
    await registerSiteScript('inline', site);
    await pendingInlineItem().setValue(null);
    await injectContentScript(tabId).catch(() => undefined);
    await sendToContent(tabId, 'set-inline', { enabled: true, lang: settings.lang }).catch(() => undefined);
    await showInlineIcon(tabId, true);
    return { ok: true };
  }
  const settings = await updateSiteSettings(site, { inline: false });
  await unregisterSiteScript('inline', site).catch(() => undefined);
  await sendToContent(tabId, 'set-inline', { enabled: false, lang: settings.lang }).catch(() => undefined);
  await showInlineIcon(tabId, false);
  await releaseSitePermission(site);
  return { ok: true };
}

/**
 * Switches checking what the user writes on a site, as `setInline` does for inline warnings. On: needs
 * the site's permission, stores the choice, registers the content script and starts watching the
 * tab's fields. Off: stops it in the tab (every badge and mark goes), removes the registration, and
 * gives the permission back unless inline warnings still need it.
 */
export async function setDrafts(request: BackgroundProtocol['set-drafts'][0]): Promise<BackgroundProtocol['set-drafts'][1]> {
  const { tabId, site, enabled } = request;
  if (enabled) {
    if (!(await browser.permissions.contains({ origins: [sitePattern(site)] }))) return { ok: false, reason: 'no-permission' };
    const settings = await updateSiteSettings(site, { drafts: true });
    await registerSiteScript('drafts', site);
    await pendingInlineItem().setValue(null);
    await injectContentScript(tabId).catch(() => undefined);
    await sendToContent(tabId, 'set-drafts', { enabled: true, lang: settings.lang }).catch(() => undefined);
    return { ok: true };
  }
  const settings = await updateSiteSettings(site, { drafts: false });
  await unregisterSiteScript('drafts', site).catch(() => undefined);
  await sendToContent(tabId, 'set-drafts', { enabled: false, lang: settings.lang }).catch(() => undefined);
  await releaseSitePermission(site);
  return { ok: true };
}

/** Finishes switching inline warnings on when the permission the popup asked for arrives after it closed. */
export async function onPermissionsAdded(added: { origins?: string[] }): Promise<void> {
  const pending = await pendingInlineItem().getValue();
  if (!pending || !added.origins?.includes(sitePattern(pending.site))) return;
  const request = { tabId: pending.tabId, site: pending.site, enabled: true };
  if (pending.feature === 'drafts') await setDrafts(request);
  else await setInline(request);
}

/** Keeps registrations in step with the settings (after an update, or when the user revoked a permission). */
export async function reconcileInlineScripts(): Promise<void> {
  const settings = await loadSettings();
  for (const [site, siteSettings] of Object.entries(settings.sites)) {
    const features = (['inline', 'drafts'] as const).filter((feature) => siteSettings[feature] === true);
    if (features.length === 0) continue;
    const granted = await browser.permissions.contains({ origins: [sitePattern(site)] });
    for (const feature of features) {
      if (granted) await registerSiteScript(feature, site).catch(() => undefined);
      else {
        await updateSiteSettings(site, { [feature]: false });
        await unregisterSiteScript(feature, site).catch(() => undefined);
      }
    }
  }
}

/** Inserts or removes the `::highlight()` stylesheet in the frame that asked (it never touches the page's DOM). */
export async function setHighlightStyle(on: boolean, sender: { tab?: { id?: number }; frameId?: number }): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    if (on) await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS });
    else await browser.scripting.removeCSS({ target, css: HIGHLIGHT_CSS });
    return true;
  } catch {
    return false;
  }
}

/** The context menu's or the shortcut's request: check the selection in a tab's frame and show the card there. */
export async function checkSelection(tabId: number, frameId = 0, fallbackText?: string): Promise<boolean> {
  try {
    await injectContentScript(tabId, frameId);
    const answer = await sendToContent(tabId, 'check-selection', fallbackText ? { fallbackText } : {}, frameId);
    return answer.shown;
  } catch {
    return false;
  }
}

/** Creates the context-menu item (on install and update; menus persist in between). */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CHECK_SELECTION,
    title: browser.i18n.getMessage('menuCheckSelection'),
    contexts: ['selection'],
  });
}

/** The context menu was clicked. */
export async function onContextMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId !== CHECK_SELECTION || tab?.id === undefined) return;
  await checkSelection(tab.id, info.frameId ?? 0, info.selectionText);
}

/** A keyboard command arrived. */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== CHECK_SELECTION) return;
  let tabId = tab?.id;
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    tabId = active?.id;
  }
  if (tabId !== undefined) await checkSelection(tabId);
}

/**
 * What each signal measures, in `lang`: the popup names signals in its own language, and describes
 * them in it too, whatever the language of the text (the analyzer keeps these as data per language).
 */
export function signalDescriptions(lang: Lang): Record<string, string> {
  return Object.fromEntries(SIGNALS.map((signal) => [signal.id, signal.description[lang]]));
}

/** Answers one request to the background. */
export async function handleBackgroundMessage(
  message: BackgroundMessage,
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<unknown> {
  switch (message.type) {
    case 'inspect-tab':
      return inspectTab(message.payload);
    case 'analyze':
      return analyzeText(message.payload.text, message.payload.lang, message.payload.langHint);
    case 'signal-descriptions':
      return signalDescriptions(message.payload.lang);
    case 'warm-up':
      warmUpAnalyzer();
      markPhase('warmed-up');
      return { ok: true };
    case 'set-inline':
      if (message.payload.enabled) await pendingInlineItem().setValue({ site: message.payload.site, tabId: message.payload.tabId });
      return setInline(message.payload);
    case 'set-drafts':
      if (message.payload.enabled) {
        await pendingInlineItem().setValue({ site: message.payload.site, tabId: message.payload.tabId, feature: 'drafts' });
      }
      return setDrafts(message.payload);
    case 'forget-ignored-fields':
      await forgetIgnoredFields(message.payload.site);
      await sendToContent(message.payload.tabId, 'ignored-fields-changed', {}).catch(() => undefined);
      return { ok: true };
    case 'set-lang': {
      const settings = await updateSiteSettings(message.payload.site, { lang: message.payload.lang });
      return { ok: true, settings };
    }
    case 'dismiss-notice':
      await noticeItem.setValue(null);
      return { ok: true };
    case 'highlight-style':
      return { ok: await setHighlightStyle(message.payload.on, sender) };
    case 'inline-active':
      if (sender.tab?.id !== undefined) await showInlineIcon(sender.tab.id, message.payload.on);
      return { ok: true };
  }
}

/** The runtime.onMessage listener: answers requests to the background, ignores everything else. */
export const backgroundMessageListener = answerWith((message, sender) =>
  isBackgroundMessage(message) ? handleBackgroundMessage(message, sender) : undefined,
);
