/**
 * Everything the extension stores, declared once, versioned.
 *
 * Settings are read through `loadSettings`, never straight from the item: stored settings that are
 * corrupt, or written by a newer version of the extension, are reset to the defaults and a notice is
 * raised for the popup to show, instead of crashing or showing a blank popup.
 */
import { storage } from '#imports';
import type { LangOption } from '@/src/analyzer/types';
import type { SiteSettings } from './protocol';

/** The current shape of the settings. */
export interface Settings {
  /** Per-site choices, keyed by `protocol//hostname` (see `siteKey`). */
  sites: Record<string, SiteSettings>;
}

/**
 * Version 1 was the pre-release shape: only the list of sites with inline warnings on. Version 2
 * adds a per-site language override, so each site became an object.
 */
export interface SettingsV1 {
  /** Sites with inline warnings on. */
  inlineSites: string[];
}

/** The version `settingsItem` is written in. */
export const SETTINGS_VERSION = 2;

/** Defaults: no site has inline warnings, every site detects its language. */
export function defaultSettings(): Settings {
  return { sites: {} };
}

/** Upgrades version-1 settings: every listed site keeps inline warnings and detects its language. */
export function migrateSettingsV1(old: SettingsV1): Settings {
  if (!old || !Array.isArray(old.inlineSites)) throw new TypeError('settings v1: inlineSites is not a list');
  const sites: Record<string, SiteSettings> = {};
  for (const site of old.inlineSites) {
    if (typeof site === 'string' && siteKey(site) === site) sites[site] = { inline: true, lang: 'auto' };
  }
  return { sites };
}

/** The stored settings. Read with `loadSettings`, which validates them. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1 },
});

/** A notice the popup shows once, then dismisses. */
export type StoredNotice = 'settings-reset';

/** The pending notice, if any. */
export const noticeItem = storage.defineItem<StoredNotice | null>('local:notice', { fallback: null });

/** Which per-site switch a pending permission is for. */
export type SiteFeature = 'inline' | 'drafts';

/** What `pendingInlineItem` holds (`feature` absent: inline warnings, as before drafts existed). */
export type PendingInline = { site: string; tabId: number; feature?: SiteFeature } | null;

let pendingInline: ReturnType<typeof definePendingInline> | null = null;

function definePendingInline() {
  return storage.defineItem<PendingInline>('session:pendingInline', { fallback: null });
}

/**
 * The site whose permission the popup just asked for. Chrome may close the popup while its permission
 * prompt is open, so the background finishes switching inline warnings on when the grant arrives.
 *
 * Defined on first use, not when this module loads: WXT reads an item as soon as it is defined, and
 * `storage.session` is closed to content scripts (which import this module for the site settings),
 * so defining it eagerly left an uncaught "Access to storage is not allowed" in every page.
 */
export function pendingInlineItem(): ReturnType<typeof definePendingInline> {
  pendingInline ??= definePendingInline();
  return pendingInline;
}

const LANG_OPTIONS: readonly LangOption[] = ['auto', 'nl', 'en'];

/** Whether a value has exactly the current settings shape. */
export function isSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const sites = (value as { sites?: unknown }).sites;
  if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) return false;
  return Object.entries(sites).every(
    ([key, site]) =>
      siteKey(key) === key &&
      typeof site === 'object' &&
      site !== null &&
      typeof (site as SiteSettings).inline === 'boolean' &&
      LANG_OPTIONS.includes((site as SiteSettings).lang) &&
      ((site as SiteSettings).drafts === undefined || typeof (site as SiteSettings).drafts === 'boolean'),
  );
}

/** Replaces unreadable settings with the defaults and raises the notice. */
async function resetSettings(): Promise<Settings> {
  const settings = defaultSettings();
  await settingsItem.setValue(settings);
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
  await noticeItem.setValue('settings-reset');
  return settings;
}

/** The settings, migrated and validated; unreadable or unknown-version settings are reset with a notice. */
export async function loadSettings(): Promise<Settings> {
  try {
    // The item migrates once when this module loads and swallows errors; running it again here
    // surfaces them (a failed migration, or settings from a newer version: "downgrade").
    await settingsItem.migrate();
  } catch {
    return resetSettings();
  }
  const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
  const storedVersion = (meta as { v?: unknown }).v;
  const isFallback = value === settingsItem.fallback;
  if (!isFallback && storedVersion !== undefined && storedVersion !== SETTINGS_VERSION) return resetSettings();
  if (!isSettings(value)) return resetSettings();
  return value;
}

/** The settings of one site (defaults when it has none). */
export async function getSiteSettings(site: string): Promise<SiteSettings> {
  const settings = await loadSettings();
  return settings.sites[site] ?? { inline: false, lang: 'auto' };
}

/** Changes one site's settings; a site back at the defaults is removed. */
export async function updateSiteSettings(site: string, change: Partial<SiteSettings>): Promise<SiteSettings> {
  const settings = await loadSettings();
  const next: SiteSettings = { inline: false, lang: 'auto', ...settings.sites[site], ...change };
  // Drafts were added within settings version 2 as an optional field: off is stored as absent.
  if (!next.drafts) delete next.drafts;
  const sites = { ...settings.sites };
  if (!next.inline && !next.drafts && next.lang === 'auto') delete sites[site];
  else sites[site] = next;
  await settingsItem.setValue({ sites });
  return next;
}

/**
 * The settings key of a page: `protocol//hostname` for http(s) pages, null elsewhere. The port is left
 * out because Chrome's match patterns (used for the permission and the registered script) have none.
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}`;
}

/** The match pattern of a site key: what inline warnings ask permission for and register on. */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

/**
 * Fields the user chose "not on this field" for, per site: each a `fieldKey` (see
 * content/drafts/fields.ts). Only these keys are stored, never what was written in the fields.
 */
export type IgnoredFields = Record<string, string[]>;

/** Most fields remembered per site; the oldest choice goes first. */
export const MAX_IGNORED_FIELDS = 200;

/** The stored "not on this field" choices. */
export const ignoredFieldsItem = storage.defineItem<IgnoredFields>('local:draftsIgnoredFields', { fallback: {}, version: 1 });

/** Whether a value is a valid set of ignored fields. */
export function isIgnoredFields(value: unknown): value is IgnoredFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([site, keys]) => siteKey(site) === site && Array.isArray(keys) && keys.every((key) => typeof key === 'string'),
  );
}

/** The fields left out on a site (none when the stored value is unreadable). */
export async function ignoredFieldsOf(site: string): Promise<string[]> {
  const value = await ignoredFieldsItem.getValue();
  return isIgnoredFields(value) ? (value[site] ?? []) : [];
}

/** Remembers that a field of a site is to be left alone. */
export async function ignoreField(site: string, key: string): Promise<void> {
  const stored = await ignoredFieldsItem.getValue();
  const value = isIgnoredFields(stored) ? stored : {};
  const keys = (value[site] ?? []).filter((existing) => existing !== key);
  keys.push(key);
  await ignoredFieldsItem.setValue({ ...value, [site]: keys.slice(-MAX_IGNORED_FIELDS) });
}

/** Forgets every field left out on a site. */
export async function forgetIgnoredFields(site: string): Promise<void> {
  const stored = await ignoredFieldsItem.getValue();
  if (!isIgnoredFields(stored)) {
    await ignoredFieldsItem.setValue({});
    return;
  }
  const { [site]: _forgotten, ...rest } = stored;
  await ignoredFieldsItem.setValue(rest);
}
