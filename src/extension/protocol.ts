/**
 * Every message between the extension's contexts, typed in one place.
 *
 * Two directions: requests to the background (from the popup and the content script) and requests to
 * the content script in a tab (from the background and the popup). Each entry maps a message type to
 * its payload and its answer, so a sender cannot send a shape the receiver does not handle.
 */
import type { Finding, Lang, LangOption, Report } from '@/src/analyzer/types';
import type { Browser } from 'wxt/browser';

/** Where the analysed text came from. */
export type TextSource = 'page' | 'selection';

/** What the popup shows instead of (or together with) a score. */
export type InspectState = 'ok' | 'restricted' | 'no-copy' | 'too-short' | 'unsupported' | 'error';

/** The inline-warnings and language choice for one site. */
export interface SiteSettings {
  /** Whether inline warnings are on for this site. */
  inline: boolean;
  /** The language override for this site's copy. */
  lang: LangOption;
  /** Whether what the user writes in this site's text fields is checked as they type (absent: off). */
  drafts?: boolean;
}

/** What the content script found on the page when asked. */
export interface PageSnapshot {
  /** `protocol//hostname` of the page: the key of per-site settings. */
  site: string;
  /** The document's MIME type; `application/pdf` marks the PDF viewer. */
  contentType: string;
  /** The page's copy: its text blocks joined with "\n\n" (only its first part when `collect` asked for parts). */
  text: string;
  /** Length of the whole text when `text` is only its first part; the rest comes with `collect-part`. */
  textLength?: number;
  /** Number of text blocks found. */
  blocks: number;
  /** The selected text in the same block format, or null when nothing is selected. */
  selection: string | null;
  /** The page's language from `<html lang>`, a hint for detection. */
  langHint?: string;
  /** How long reading the page took in the page, in ms (the bench's phase breakdown). */
  collectMs?: number;
}

/** The popup's answer for one tab. */
export interface InspectResult {
  /** What to show. */
  state: InspectState;
  /** Which text was analysed. */
  source: TextSource;
  /** The analysed text, for quoting findings in context (absent when there was none). */
  text?: string;
  /** The analyzer's report (absent for restricted pages and errors). */
  report?: Report;
  /** The page's site and its settings (absent for restricted pages). */
  site?: { key: string; settings: SiteSettings };
  /** A one-off notice to show, e.g. after stored settings had to be reset. */
  notice?: 'settings-reset';
}

/** Requests handled by the background: type → [payload, answer]. */
export interface BackgroundProtocol {
  /** Inject into the tab if needed, collect its copy (or selection) and analyse it (the popup does this itself; see inspect.ts). */
  'inspect-tab': [{ tabId: number; lang?: LangOption; source?: 'auto' | 'page' }, InspectResult];
  /** Popup and content script: analyse a text (the analyzer lives in the background, not in pages). */
  analyze: [{ text: string; lang?: LangOption; langHint?: string }, Report];
  /** Popup: what each signal measures, by signal id, in the UI language (a report's descriptions are in the text's). */
  'signal-descriptions': [{ lang: Lang }, Record<string, string>];
  /** Popup, on opening: wake the worker and warm the analyzer up while the popup collects the page. */
  'warm-up': [Record<string, never>, { ok: true }];
  /** Popup: switch inline warnings for a site on or off (the popup already asked for the permission). */
  'set-inline': [{ tabId: number; site: string; enabled: boolean }, { ok: boolean; reason?: 'no-permission' }];
  /** Popup: remember the language override for a site. */
  'set-lang': [{ site: string; lang: LangOption }, { ok: true }];
  /** Popup: the settings notice was read. */
  'dismiss-notice': [Record<string, never>, { ok: true }];
  /** Content script: insert or remove the highlight stylesheet in the sender's frame. */
  'highlight-style': [{ on: boolean }, { ok: boolean }];
  /** Content script: inline warnings started or stopped in the sender's tab (toolbar icon state). */
  'inline-active': [{ on: boolean }, { ok: true }];
  /** Popup: switch checking what the user writes on a site on or off (the popup already asked for the permission). */
  'set-drafts': [{ tabId: number; site: string; enabled: boolean }, { ok: boolean; reason?: 'no-permission' }];
  /** Popup: forget the fields the user left out on a site, so they are checked again. */
  'forget-ignored-fields': [{ tabId: number; site: string }, { ok: true }];
}

/** Requests handled by the content script in a tab: type → [payload, answer]. */
export interface ContentProtocol {
  /**
   * Read the page's copy and the current selection. With `partLength`, the answer carries only the
   * text's first part: serialising a long page's text in one message was a long task in the page.
   */
  collect: [{ partLength?: number }, PageSnapshot];
  /** A part `[start, end)` of the text the last `collect` read (boundaries never split a surrogate pair). */
  'collect-part': [{ start: number; end: number }, { text: string }];
  /** Check the selected text and show the result in a card near it. */
  'check-selection': [{ fallbackText?: string }, { shown: boolean }];
  /** Scroll to a finding of the last collected text and flash it; with `findings`, show and read out their reasons there. */
  reveal: [{ source: TextSource; start: number; end: number; findings?: Finding[] }, { revealed: boolean }];
  /** Popup: mark every finding on the page, or only the strongest (the default). */
  'set-marks': [{ all: boolean }, { all: boolean }];
  /** Start or stop inline warnings on this page. */
  'set-inline': [{ enabled: boolean; lang: LangOption }, { active: boolean }];
  /** Start or stop checking what the user writes in this page's text fields. */
  'set-drafts': [{ enabled: boolean; lang: LangOption }, { active: boolean }];
  /** The fields left out on this site changed (the popup forgot them): check them again. */
  'ignored-fields-changed': [Record<string, never>, { ok: true }];
}

/** A request to the background, as it travels. */
export type BackgroundMessage = {
  [K in keyof BackgroundProtocol]: { to: 'background'; type: K; payload: BackgroundProtocol[K][0] };
}[keyof BackgroundProtocol];

/** A request to a content script, as it travels. */
export type ContentMessage = {
  [K in keyof ContentProtocol]: { to: 'content'; type: K; payload: ContentProtocol[K][0] };
}[keyof ContentProtocol];

/** How an answer travels: the value, or the error's message (errors do not survive messaging). */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/** Unwraps an answer; a failed request throws on the sender's side too. */
function unwrap<T>(envelope: unknown): T {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new Error('middelmaat: no answer');
  }
  const answer = envelope as Envelope;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}

/**
 * Turns an async handler into a `runtime.onMessage` listener. It answers through `sendResponse` and
 * returns `true` (rather than returning a promise, which not every supported browser accepts).
 * Messages the handler returns `undefined` for synchronously are left to other listeners.
 */
export function answerWith(
  handler: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined,
) {
  return (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: Envelope) => void): true | undefined => {
    const pending = handler(message, sender);
    if (pending === undefined) return undefined;
    pending.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

/** Sends a request to the background and returns its typed answer. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: BackgroundProtocol[K][0],
): Promise<BackgroundProtocol[K][1]> {
  const message = { to: 'background', type, payload } as BackgroundMessage;
  return unwrap<BackgroundProtocol[K][1]>(await browser.runtime.sendMessage(message));
}

/** Sends a request to the content script in a tab (the top frame unless `frameId` says otherwise). */
export async function sendToContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K][0],
  frameId = 0,
): Promise<ContentProtocol[K][1]> {
  const message = { to: 'content', type, payload } as ContentMessage;
  return unwrap<ContentProtocol[K][1]>(await browser.tabs.sendMessage(tabId, message, { frameId }));
}

/** Whether a value is a request to the background (messages from elsewhere are ignored). */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  return typeof value === 'object' && value !== null && (value as { to?: unknown }).to === 'background';
}

/** Whether a value is a request to the content script. */
export function isContentMessage(value: unknown): value is ContentMessage {
  return typeof value === 'object' && value !== null && (value as { to?: unknown }).to === 'content';
}
