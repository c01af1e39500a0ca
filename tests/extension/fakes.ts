/**
 * Fills in the parts of WXT's fake browser that it does not implement (i18n, scripting, permissions,
 * action icons, context menus) with small in-memory stand-ins, so background handlers can be tested.
 */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** What the stand-ins recorded, and knobs to change their behaviour. */
export interface FakeExtension {
  /** Origins patterns the user has granted. */
  granted: Set<string>;
  /** Registered content scripts by id. */
  registered: Map<string, { matches: string[]; js: string[] }>;
  /** Injections into tabs. */
  injected: { tabId: number; frameIds?: number[] }[];
  /** Stylesheets inserted and removed. */
  css: { action: 'insert' | 'remove'; tabId: number }[];
  /** Messages sent to content scripts. */
  sentToContent: { tabId: number; message: { type: string; payload: unknown }; frameId?: number }[];
  /** Toolbar icon changes. */
  icons: { tabId: number; path: Record<string, string> }[];
  /** Answers of the content script by message type (an Error is thrown instead). */
  contentAnswers: Record<string, unknown>;
  /** Makes `executeScript` fail, like on a page the browser protects. */
  injectionFails: boolean;
}

/** Installs the stand-ins on `fakeBrowser` and returns their state. Call after `fakeBrowser.reset()`. */
export function installFakes(locale: 'en' | 'nl' = 'en'): FakeExtension {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
  const state: FakeExtension = {
    granted: new Set(),
    registered: new Map(),
    injected: [],
    css: [],
    sentToContent: [],
    icons: [],
    contentAnswers: {},
    injectionFails: false,
  };
  const browser = fakeBrowser as any;

  browser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    if (key === '@@ui_locale') return locale;
    const entry = messages[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? '');
    });
  };

  browser.scripting.executeScript = vi.fn(async ({ target }: { target: { tabId: number; frameIds?: number[] } }) => {
    if (state.injectionFails) throw new Error('Cannot access contents of the page.');
    state.injected.push(target);
    return [];
  });
  browser.scripting.insertCSS = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    state.css.push({ action: 'insert', tabId: target.tabId });
  });
  browser.scripting.removeCSS = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    state.css.push({ action: 'remove', tabId: target.tabId });
  });
  browser.scripting.registerContentScripts = vi.fn(async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
    for (const script of scripts) {
      if (state.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      state.registered.set(script.id, { matches: script.matches, js: script.js });
    }
  });
  browser.scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) state.registered.delete(id);
  });
  browser.scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) =>
    [...state.registered.entries()]
      .filter(([id]) => !filter?.ids || filter.ids.includes(id))
      .map(([id, script]) => ({ id, ...script })),
  );

  browser.permissions.contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => state.granted.has(origin)));
  browser.permissions.remove = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    origins.forEach((origin) => state.granted.delete(origin));
    return true;
  });

  browser.action.setIcon = vi.fn(async ({ tabId, path }: { tabId: number; path: Record<string, string> }) => {
    state.icons.push({ tabId, path });
  });
  browser.contextMenus.create = vi.fn();
  browser.contextMenus.removeAll = vi.fn(async () => undefined);

  browser.tabs.sendMessage = vi.fn(async (tabId: number, message: { type: string; payload: unknown }, options?: { frameId?: number }) => {
    state.sentToContent.push({ tabId, message, frameId: options?.frameId });
    const answer = state.contentAnswers[message.type];
    if (answer instanceof Error) throw answer;
    return { ok: true, value: answer ?? {} };
  });
  return state;
}
