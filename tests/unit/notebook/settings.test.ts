import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { DEFAULT_SETTINGS, getSetting, getSettings, isSiteEnabled, setSetting, setSiteEnabled } from '../../../notebook/settings';
import { freshDb, T0 } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

describe('settings', () => {
  it('returns defaults until set, and ignores a stored value of the wrong shape', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSetting(db, 'disabledTypes', ['place']);
    await db.settings.put({ key: 'paused', value: 'yes' });
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, disabledTypes: ['place'] });
  });

  it('keeps a highlight style it knows, and falls back to the underline for any other', async () => {
    expect(await getSetting(db, 'highlightStyle')).toBe('underline');
    await setSetting(db, 'highlightStyle', 'tint');
    expect(await getSetting(db, 'highlightStyle')).toBe('tint');
    await db.settings.put({ key: 'highlightStyle', value: 'bold' });
    expect(await getSetting(db, 'highlightStyle')).toBe('underline');
  });

  it('does not hand out the shared default list', async () => {
    (await getSetting(db, 'disabledTypes')).push('person');
    expect(await getSetting(db, 'disabledTypes')).toEqual([]);
  });

  it('keeps one switch per site, enabled by default, hostnames compared lower-case', async () => {
    expect(await isSiteEnabled(db, 'example.com')).toBe(true);
    await setSiteEnabled(db, 'Example.COM', false, () => T0);
    expect(await isSiteEnabled(db, 'example.com')).toBe(false);
    expect(await db.siteSettings.toArray()).toEqual([{ hostname: 'example.com', enabled: false, updatedAt: T0 }]);
    await expect(setSiteEnabled(db, ' ', true, () => T0)).rejects.toThrow('A site needs a hostname.');
  });
});
