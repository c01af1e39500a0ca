import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  analyzeText,
  CONTENT_SCRIPT_FILE,
  backgroundMessageListener,
  draftsScriptId,
  createContextMenu,
  inlineScriptId,
  inspectTab,
  isRestrictedUrl,
  onCommand,
  onContextMenuClicked,
  onPermissionsAdded,
  reconcileInlineScripts,
  setDrafts,
  setInline,
  stateOf,
} from '@/src/extension/background';
import type { PageSnapshot } from '@/src/extension/protocol';
import { analyze } from '@/src/analyzer';
import { loadSettings, pendingInlineItem, updateSiteSettings } from '@/src/extension/storage';
import { installFakes, type FakeExtension } from './fakes';

/** Dutch copy written for these tests: generic enough to trip several rules, long enough to score. */
const DUTCH_COPY = [
  'In de snel veranderende wereld van vandaag is naadloze samenwerking belangrijker dan ooit.',
  'Ons innovatieve platform tilt uw organisatie naar een hoger niveau en ontsluit het volle potentieel van uw team.',
  'Het is niet zomaar een tool, het is een complete transformatie van de manier waarop u werkt.',
  'Of u nu een startup bent of een gevestigde organisatie, wij bieden een oplossing op maat.',
  'Ontdek vandaag nog wat wij voor u kunnen betekenen en zet de volgende stap.',
].join(' ');

function snapshot(overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  return { site: 'https://example.nl', contentType: 'text/html', text: DUTCH_COPY, blocks: 1, selection: null, ...overrides };
}

let fakes: FakeExtension;
let tabId: number;

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  fakes = installFakes();
  tabId = (await fakeBrowser.tabs.create({ url: 'https://example.nl/product' })).id!;
});

describe('inspectTab', () => {
  it('injects the content script, collects the page and analyses it', async () => {
    fakes.contentAnswers.collect = snapshot();
    const result = await inspectTab({ tabId });
    expect(fakes.injected).toEqual([{ tabId, frameIds: [0] }]);
    expect(result.state).toBe('ok');
    expect(result.source).toBe('page');
    expect(result.report?.lang).toBe('nl');
    expect(result.report?.findings.length).toBeGreaterThan(0);
    expect(result.text).toBe(DUTCH_COPY);
    expect(result.site).toEqual({ key: 'https://example.nl', settings: { inline: false, lang: 'auto' } });
  });

  it('analyses the selection when there is one, and the page when asked for it', async () => {
    const selection = DUTCH_COPY.split('. ').slice(0, 4).join('. ');
    fakes.contentAnswers.collect = snapshot({ selection });
    const fromSelection = await inspectTab({ tabId });
    expect(fromSelection.source).toBe('selection');
    expect(fromSelection.text).toBe(selection);
    const fromPage = await inspectTab({ tabId, source: 'page' });
    expect(fromPage.source).toBe('page');
    expect(fromPage.text).toBe(DUTCH_COPY);
  });

  it('uses the language chosen for the site, and a language asked for over it', async () => {
    fakes.contentAnswers.collect = snapshot();
    await updateSiteSettings('https://example.nl', { lang: 'en' });
    expect((await inspectTab({ tabId })).report?.langSource).toBe('option');
    expect((await inspectTab({ tabId })).report?.lang).toBe('en');
    expect((await inspectTab({ tabId, lang: 'auto' })).report?.langSource).toBe('detected');
  });

  it('calls a browser page restricted without trying to inject', async () => {
    const browserTab = (await fakeBrowser.tabs.create({ url: 'chrome://settings' })).id!;
    expect(await inspectTab({ tabId: browserTab })).toMatchObject({ state: 'restricted' });
    expect(fakes.injected).toEqual([]);
  });

  it('calls a page restricted when the browser refuses the injection', async () => {
    fakes.injectionFails = true;
    expect(await inspectTab({ tabId })).toMatchObject({ state: 'restricted' });
  });

  it('calls the PDF viewer restricted', async () => {
    fakes.contentAnswers.collect = snapshot({ contentType: 'application/pdf' });
    expect((await inspectTab({ tabId })).state).toBe('restricted');
  });

  it('reports a page without copy, too little text and another language as states', async () => {
    fakes.contentAnswers.collect = snapshot({ text: '', blocks: 0 });
    expect((await inspectTab({ tabId })).state).toBe('no-copy');
    fakes.contentAnswers.collect = snapshot({ text: 'Binnenkort online. Tot snel!' });
    expect((await inspectTab({ tabId })).state).toBe('too-short');
    fakes.contentAnswers.collect = snapshot({
      text: 'Depuis trois générations, notre famille prépare chaque matin le pain du village avec de la farine locale et beaucoup de patience. Les baguettes sortent du four à six heures, les croissants un peu plus tard, et le samedi nous proposons aussi des tartes aux fruits de saison préparées avec les pommes des vergers voisins.',
    });
    expect((await inspectTab({ tabId })).state).toBe('unsupported');
  });

  it('passes on the settings notice', async () => {
    await fakeBrowser.storage.local.set({ settings: 'corrupt', settings$: { v: 2 } });
    fakes.contentAnswers.collect = snapshot();
    expect((await inspectTab({ tabId })).notice).toBe('settings-reset');
  });
});

describe('analyzeText', () => {
  const copy = 'In de snel veranderende wereld van vandaag tillen wij jouw bedrijf naar een hoger niveau. '.repeat(6);
  it('reuses the report of a text it has just analysed', () => {
    const first = analyzeText(copy, 'nl');
    expect(analyzeText(copy, 'nl')).toBe(first);
  });
  it('analyses again for another language or another text', () => {
    const dutch = analyzeText(copy, 'nl');
    expect(analyzeText(copy, 'en')).not.toBe(dutch);
    expect(analyzeText(`${copy}Bel ons.`, 'nl')).not.toBe(dutch);
  });
  it('keeps only a few recent reports', () => {
    const first = analyzeText(`${copy} 1`, 'nl');
    for (let index = 2; index <= 6; index++) analyzeText(`${copy} ${index}`, 'nl');
    const again = analyzeText(`${copy} 1`, 'nl');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('stateOf', () => {
  it('maps the analyzer’s reasons to popup states', () => {
    const report = { score: null, reason: 'too-short' } as never;
    expect(stateOf('a b c', report)).toBe('too-short');
    expect(stateOf('   ', report)).toBe('no-copy');
  });
});

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['chrome-extension://abc/popup.html', true],
    ['about:blank', true],
    ['https://example.com', false],
    [undefined, false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

describe('inline warnings switch', () => {
  const site = 'https://example.nl';

  it('refuses to switch on without the site permission', async () => {
    expect(await setInline({ tabId, site, enabled: true })).toEqual({ ok: false, reason: 'no-permission' });
    expect(fakes.registered.size).toBe(0);
    expect((await loadSettings()).sites[site]).toBeUndefined();
  });

  it('switches on: stores the choice, registers the script for the site, starts the tab and marks the icon', async () => {
    fakes.granted.add(`${site}/*`);
    expect(await setInline({ tabId, site, enabled: true })).toEqual({ ok: true });
    expect((await loadSettings()).sites[site]).toEqual({ inline: true, lang: 'auto' });
    expect(fakes.registered.get(inlineScriptId(site))).toEqual({ matches: [`${site}/*`], js: [CONTENT_SCRIPT_FILE] });
    expect(fakes.sentToContent.at(-1)?.message).toMatchObject({ type: 'set-inline', payload: { enabled: true, lang: 'auto' } });
    expect(fakes.icons.at(-1)?.path['16']).toBe('/icon-on/16.png');
    // A second switch-on does not register twice.
    expect(await setInline({ tabId, site, enabled: true })).toEqual({ ok: true });
    expect(fakes.registered.size).toBe(1);
  });

  it('switches off: forgets the site, unregisters, stops the tab, gives the permission back', async () => {
    fakes.granted.add(`${site}/*`);
    await setInline({ tabId, site, enabled: true });
    expect(await setInline({ tabId, site, enabled: false })).toEqual({ ok: true });
    expect((await loadSettings()).sites[site]).toBeUndefined();
    expect(fakes.registered.size).toBe(0);
    expect(fakes.sentToContent.at(-1)?.message).toMatchObject({ type: 'set-inline', payload: { enabled: false } });
    expect(fakes.granted.has(`${site}/*`)).toBe(false);
    expect(fakes.icons.at(-1)?.path['16']).toBe('/icon/16.png');
  });

  it('finishes switching on when the permission arrives after the popup closed', async () => {
    await pendingInlineItem().setValue({ site, tabId });
    fakes.granted.add(`${site}/*`);
    await onPermissionsAdded({ origins: ['https://other.nl/*'] });
    expect(fakes.registered.size).toBe(0);
    await onPermissionsAdded({ origins: [`${site}/*`] });
    expect(fakes.registered.has(inlineScriptId(site))).toBe(true);
    expect(await pendingInlineItem().getValue()).toBeNull();
  });

  it('turns a site off when its permission was revoked, and re-registers the others', async () => {
    await updateSiteSettings(site, { inline: true });
    await updateSiteSettings('https://kept.nl', { inline: true });
    fakes.granted.add('https://kept.nl/*');
    await reconcileInlineScripts();
    expect((await loadSettings()).sites[site]).toBeUndefined();
    expect([...fakes.registered.keys()]).toEqual([inlineScriptId('https://kept.nl')]);
  });
});

describe('drafts switch', () => {
  const site = 'https://example.nl';

  it('refuses to switch on without the site permission', async () => {
    expect(await setDrafts({ tabId, site, enabled: true })).toEqual({ ok: false, reason: 'no-permission' });
    expect(fakes.registered.size).toBe(0);
    expect((await loadSettings()).sites[site]).toBeUndefined();
  });

  it('switches on: stores the choice, registers its own script for the site and starts the tab', async () => {
    fakes.granted.add(`${site}/*`);
    expect(await setDrafts({ tabId, site, enabled: true })).toEqual({ ok: true });
    expect((await loadSettings()).sites[site]).toEqual({ inline: false, lang: 'auto', drafts: true });
    expect(fakes.registered.get(draftsScriptId(site))).toEqual({ matches: [`${site}/*`], js: [CONTENT_SCRIPT_FILE] });
    expect(fakes.sentToContent.at(-1)?.message).toMatchObject({ type: 'set-drafts', payload: { enabled: true, lang: 'auto' } });
  });

  it('switches off: stops the tab, unregisters, and gives the permission back only when inline warnings do not need it', async () => {
    fakes.granted.add(`${site}/*`);
    await setInline({ tabId, site, enabled: true });
    await setDrafts({ tabId, site, enabled: true });
    expect(fakes.registered.size).toBe(2);
    expect(await setDrafts({ tabId, site, enabled: false })).toEqual({ ok: true });
    expect(fakes.sentToContent.at(-1)?.message).toMatchObject({ type: 'set-drafts', payload: { enabled: false } });
    expect([...fakes.registered.keys()]).toEqual([inlineScriptId(site)]);
    expect(fakes.granted.has(`${site}/*`)).toBe(true);
    // The same the other way round: inline off keeps the permission while drafts are on.
    await setDrafts({ tabId, site, enabled: true });
    await setInline({ tabId, site, enabled: false });
    expect(fakes.granted.has(`${site}/*`)).toBe(true);
    await setDrafts({ tabId, site, enabled: false });
    expect(fakes.granted.has(`${site}/*`)).toBe(false);
    expect((await loadSettings()).sites[site]).toBeUndefined();
    expect(fakes.registered.size).toBe(0);
  });

  it('finishes switching drafts on when the permission arrives after the popup closed', async () => {
    await pendingInlineItem().setValue({ site, tabId, feature: 'drafts' });
    fakes.granted.add(`${site}/*`);
    await onPermissionsAdded({ origins: [`${site}/*`] });
    expect([...fakes.registered.keys()]).toEqual([draftsScriptId(site)]);
  });

  it('turns drafts off for a site whose permission was revoked', async () => {
    await updateSiteSettings(site, { drafts: true });
    await reconcileInlineScripts();
    expect((await loadSettings()).sites[site]).toBeUndefined();
    expect(fakes.registered.size).toBe(0);
  });
});

describe('selection check', () => {
  it('creates the context-menu item for selections, with its localised title', async () => {
    await createContextMenu();
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: 'check-selection',
      title: 'Check selection with Middelmaat',
      contexts: ['selection'],
    });
  });

  it('runs the check in the frame the menu was used in, with the selected text as a fallback', async () => {
    fakes.contentAnswers['check-selection'] = { shown: true };
    await onContextMenuClicked({ menuItemId: 'check-selection', frameId: 3, selectionText: 'tekst' }, { id: tabId });
    expect(fakes.injected).toEqual([{ tabId, frameIds: [3] }]);
    expect(fakes.sentToContent).toEqual([
      { tabId, frameId: 3, message: { to: 'content', type: 'check-selection', payload: { fallbackText: 'tekst' } } },
    ]);
  });

  it('ignores other menu items', async () => {
    await onContextMenuClicked({ menuItemId: 'something-else' }, { id: tabId });
    expect(fakes.sentToContent).toEqual([]);
  });

  it('runs the keyboard command in the tab it came from, or else the active tab', async () => {
    fakes.contentAnswers['check-selection'] = { shown: true };
    await onCommand('check-selection', { id: tabId });
    const otherTab = (await fakeBrowser.tabs.create({ url: 'https://other.nl' })).id!;
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: otherTab } as never]);
    await onCommand('check-selection');
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    await onCommand('another-command', { id: tabId });
    expect(fakes.sentToContent.map((sent) => [sent.tabId, sent.message.type])).toEqual([
      [tabId, 'check-selection'],
      [otherTab, 'check-selection'],
    ]);
  });
});

/** A scored Dutch report, for checking the signals' descriptions. */
function analyzeTextSync() {
  return analyze(DUTCH_COPY, { lang: 'nl' });
}

describe('message listener', () => {
  /** Calls the listener like the browser does and waits for its answer. */
  function send(message: unknown, sender = {}): Promise<unknown> | undefined {
    return new Promise((resolve) => {
      const handled = backgroundMessageListener(message, sender as never, resolve);
      if (handled !== true) resolve(undefined);
    });
  }

  it('answers an analyze request with the report', async () => {
    const answer = (await send({ to: 'background', type: 'analyze', payload: { text: DUTCH_COPY } })) as { ok: boolean; value: { lang: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value.lang).toBe('nl');
  });

  it('describes every signal in the language asked for, whatever the text was in', async () => {
    const report = analyzeTextSync();
    expect(report.signals.length).toBeGreaterThan(0);
    const answers = {} as Record<'nl' | 'en', Record<string, string>>;
    for (const lang of ['nl', 'en'] as const) {
      const answer = (await send({ to: 'background', type: 'signal-descriptions', payload: { lang } })) as { ok: boolean; value: Record<string, string> };
      expect(answer.ok).toBe(true);
      answers[lang] = answer.value;
      for (const signal of report.signals) expect(answer.value[signal.id], `${signal.id} (${lang})`).toMatch(/^\S.{10,}/u);
    }
    // The Dutch text's report describes its signals in Dutch; the English answer describes the same signals in English.
    for (const signal of report.signals) {
      expect(answers.nl[signal.id]).toBe(signal.description);
      expect(answers.en[signal.id]).not.toBe(signal.description);
    }
  });

  it('leaves messages that are not for the background alone', async () => {
    expect(await send({ type: 'analyze' })).toBeUndefined();
    expect(await send('hello')).toBeUndefined();
  });

  it('sends a handler’s error back as an error answer', async () => {
    const answer = await send({ to: 'background', type: 'analyze', payload: { text: 42 } });
    expect(answer).toMatchObject({ ok: false });
  });

  it('inserts and removes the highlight stylesheet in the sender’s frame', async () => {
    await send({ to: 'background', type: 'highlight-style', payload: { on: true } }, { tab: { id: tabId }, frameId: 0 });
    await send({ to: 'background', type: 'highlight-style', payload: { on: false } }, { tab: { id: tabId }, frameId: 0 });
    expect(fakes.css).toEqual([
      { action: 'insert', tabId },
      { action: 'remove', tabId },
    ]);
  });
});
