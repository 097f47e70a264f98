import type { BackstoryDB, JsonValue } from './db';
import type { Clock } from './notes';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../reader/readerSettings';
import { guardWrite } from './storageErrors';

/** The settings Backstory knows; the `settings` table may hold others written by newer code. */
export interface Settings {
  /** Record which entities appear on which pages. */
  sightingsEnabled: boolean;
  /** Stop marking names on every site. */
  paused: boolean;
  /** Mark only the first mention of each entity on a page. */
  firstMentionOnly: boolean;
  /** Entity types (person, company, ...) the reader does not want marked. */
  disabledTypes: string[];
  /** How marked names look: a dotted underline, or a background tint. */
  highlightStyle: HighlightStyle;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sightingsEnabled: true,
  paused: false,
  firstMentionOnly: false,
  disabledTypes: [],
  highlightStyle: 'underline',
});

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string');
const isHighlightStyle = (v: unknown): v is HighlightStyle => HIGHLIGHT_STYLES.includes(v as HighlightStyle);

/** Shape checks per known key, shared by the getters and the importer. */
export const SETTING_CHECKS: { [K in SettingKey]: { check: (v: unknown) => v is Settings[K]; expected: string } } = {
  sightingsEnabled: { check: isBoolean, expected: 'true or false' },
  paused: { check: isBoolean, expected: 'true or false' },
  firstMentionOnly: { check: isBoolean, expected: 'true or false' },
  disabledTypes: { check: isTextList, expected: 'a list of text' },
  highlightStyle: { check: isHighlightStyle, expected: '"underline" or "tint"' },
};

export function isKnownSetting(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_CHECKS, key);
}

/** A stored value, or the default when it is missing or has the wrong shape (never throws on bad data). */
export async function getSetting<K extends SettingKey>(db: BackstoryDB, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row && SETTING_CHECKS[key].check(row.value) ? (row.value as Settings[K]) : structuredClone(DEFAULT_SETTINGS[key]);
}

export async function setSetting<K extends SettingKey>(db: BackstoryDB, key: K, value: Settings[K]): Promise<void> {
  await guardWrite('The setting was not changed', () => db.settings.put({ key, value: value as JsonValue }));
}

/**
 * Turns marking of one entity type on or off against the stored list, not a view's copy of it, so
 * two pages switching different types at once both keep their change.
 */
export async function setTypeEnabled(db: BackstoryDB, type: string, enabled: boolean): Promise<void> {
  await guardWrite('The setting was not changed', () => db.transaction('rw', db.settings, async () => {
    const disabled = (await getSetting(db, 'disabledTypes')).filter((t) => t !== type);
    await db.settings.put({ key: 'disabledTypes', value: enabled ? disabled : [...disabled, type] });
  }));
}

/** Every known setting at once, for the options page. */
export async function getSettings(db: BackstoryDB): Promise<Settings> {
  const keys = Object.keys(SETTING_CHECKS) as SettingKey[];
  const values = await Promise.all(keys.map((key) => getSetting(db, key)));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as Settings;
}

/** Hostnames are compared lower-case, as browsers do. */
const hostKey = (hostname: string) => hostname.trim().toLowerCase();

/** Backstory runs on a site unless the reader turned it off there. */
export async function isSiteEnabled(db: BackstoryDB, hostname: string): Promise<boolean> {
  return (await db.siteSettings.get(hostKey(hostname)))?.enabled ?? true;
}

export async function setSiteEnabled(db: BackstoryDB, hostname: string, enabled: boolean, now: Clock): Promise<void> {
  const key = hostKey(hostname);
  if (!key) throw new Error('A site needs a hostname.');
  await guardWrite('The switch was not changed', () => db.siteSettings.put({ hostname: key, enabled, updatedAt: now() }));
}
