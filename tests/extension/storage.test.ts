import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  loadSettings,
  migrateSettingsV1,
  noticeItem,
  SETTINGS_VERSION,
  settingsItem,
  siteKey,
  updateSiteSettings,
} from '@/src/extension/storage';

/** Writes raw settings and their version meta the way a (possibly other) extension version left them. */
async function storeRaw(value: unknown, version?: number): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: value, ...(version !== undefined && { settings$: { v: version } }) });
}

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults with no notice', async () => {
    expect(await loadSettings()).toEqual({ sites: {} });
    expect(await noticeItem.getValue()).toBeNull();
  });

  it('migrates version 1 (a list of sites) to per-site objects and records the new version', async () => {
    await storeRaw({ inlineSites: ['https://example.com', 'http://blog.example.org'] });
    expect(await loadSettings()).toEqual({
      sites: {
        'https://example.com': { inline: true, lang: 'auto' },
        'http://blog.example.org': { inline: true, lang: 'auto' },
      },
    });
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect(await noticeItem.getValue()).toBeNull();
  });

  it('drops entries of version 1 that are not site keys', () => {
    expect(migrateSettingsV1({ inlineSites: ['https://example.com/path', 'ftp://x', 'https://ok.nl'] })).toEqual({
      sites: { 'https://ok.nl': { inline: true, lang: 'auto' } },
    });
  });

  it('resets version-1 settings that cannot be migrated, with a notice', async () => {
    await storeRaw({ inlineSites: 'not a list' });
    expect(await loadSettings()).toEqual({ sites: {} });
    expect(await noticeItem.getValue()).toBe('settings-reset');
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('resets settings written by a newer version, with a notice', async () => {
    await storeRaw({ sites: {}, somethingNew: true }, SETTINGS_VERSION + 7);
    expect(await loadSettings()).toEqual({ sites: {} });
    expect(await noticeItem.getValue()).toBe('settings-reset');
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['sites that are not objects', { sites: 'x' }],
    ['an unknown language', { sites: { 'https://a.nl': { inline: true, lang: 'de' } } }],
    ['a key that is not a site', { sites: { 'not a url': { inline: true, lang: 'auto' } } }],
  ])('resets corrupt settings (%s), with a notice', async (_, value) => {
    await storeRaw(value, SETTINGS_VERSION);
    expect(await loadSettings()).toEqual({ sites: {} });
    expect(await noticeItem.getValue()).toBe('settings-reset');
  });

  it('keeps valid current settings as they are', async () => {
    const settings = { sites: { 'https://a.nl': { inline: false, lang: 'nl' as const } } };
    await storeRaw(settings, SETTINGS_VERSION);
    expect(await loadSettings()).toEqual(settings);
    expect(await noticeItem.getValue()).toBeNull();
  });

  it('stores a site change and forgets a site that is back at the defaults', async () => {
    await updateSiteSettings('https://a.nl', { inline: true });
    await updateSiteSettings('https://a.nl', { lang: 'en' });
    expect(await loadSettings()).toEqual({ sites: { 'https://a.nl': { inline: true, lang: 'en' } } });
    await updateSiteSettings('https://a.nl', { inline: false, lang: 'auto' });
    expect(await loadSettings()).toEqual({ sites: {} });
  });
});

describe('siteKey', () => {
  it.each([
    ['https://www.example.com/a/b?c#d', 'https://www.example.com'],
    ['http://127.0.0.1:8080/page.html', 'http://127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///home/me/copy.html', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });
});
