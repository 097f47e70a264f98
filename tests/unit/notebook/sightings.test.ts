import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { getSetting, setSetting } from '../../../notebook/settings';
import { clearSightings, localDay, recordSightings, sightingsForEntity } from '../../../notebook/sightings';
import { freshDb } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

const visit = (patch: Partial<Parameters<typeof recordSightings>[1]> = {}) => ({
  pageUrl: 'https://news.example/a',
  pageTitle: 'Article A',
  entityIds: ['rapidus', 'gina-raimondo', 'rapidus'],
  day: '2024-03-01',
  ...patch,
});

describe('recordSightings', () => {
  it('records each entity once per page and day, with its mentions', async () => {
    expect(await recordSightings(db, visit())).toBe(2);
    expect(await db.sightings.toArray()).toEqual([
      { entityId: 'gina-raimondo', pageUrl: 'https://news.example/a', pageTitle: 'Article A', day: '2024-03-01', count: 1 },
      { entityId: 'rapidus', pageUrl: 'https://news.example/a', pageTitle: 'Article A', day: '2024-03-01', count: 2 },
    ]);
  });

  it('is idempotent within a day: a revisit (even with another #fragment) changes nothing', async () => {
    await recordSightings(db, visit());
    const before = await db.sightings.toArray();
    expect(await recordSightings(db, visit({ pageUrl: 'https://news.example/a#comments', pageTitle: 'Renamed', entityIds: ['rapidus'] }))).toBe(0);
    expect(await db.sightings.toArray()).toEqual(before);
  });

  it('records a new row for a new day, and adds only the entities new that day', async () => {
    await recordSightings(db, visit());
    expect(await recordSightings(db, visit({ day: '2024-03-02', entityIds: ['rapidus'] }))).toBe(1);
    expect(await recordSightings(db, visit({ entityIds: ['rapidus', 'country-jpn'] }))).toBe(1);
    expect(await db.sightings.count()).toBe(4);
  });

  it('records nothing when sightings are turned off, and resumes when turned on', async () => {
    await setSetting(db, 'sightingsEnabled', false);
    expect(await recordSightings(db, visit())).toBe(0);
    expect(await db.sightings.count()).toBe(0);
    await setSetting(db, 'sightingsEnabled', true);
    expect(await recordSightings(db, visit())).toBe(2);
  });

  it('ignores an empty list and rejects a day that is not a calendar day', async () => {
    expect(await recordSightings(db, visit({ entityIds: [] }))).toBe(0);
    await expect(recordSightings(db, visit({ day: '2024-02-30' }))).rejects.toThrow('Not a calendar day');
    expect(await db.sightings.count()).toBe(0);
  });
});

describe('sightingsForEntity and clearSightings', () => {
  beforeEach(async () => {
    await recordSightings(db, visit({ day: '2024-03-01' }));
    await recordSightings(db, visit({ day: '2024-03-05', pageTitle: 'Article A (updated)' }));
    await recordSightings(db, visit({ pageUrl: 'https://other.example/b', pageTitle: 'B', day: '2024-03-03', entityIds: ['rapidus'] }));
  });

  it('lists the pages an entity was seen on, most recently seen first', async () => {
    expect(await sightingsForEntity(db, 'rapidus')).toEqual([
      { pageUrl: 'https://news.example/a', pageTitle: 'Article A (updated)', firstDay: '2024-03-01', lastDay: '2024-03-05', days: 2, mentions: 4 },
      { pageUrl: 'https://other.example/b', pageTitle: 'B', firstDay: '2024-03-03', lastDay: '2024-03-03', days: 1, mentions: 1 },
    ]);
    expect(await sightingsForEntity(db, 'nobody')).toEqual([]);
  });

  it('clears every sighting and nothing else', async () => {
    await setSetting(db, 'paused', true);
    await clearSightings(db);
    expect(await db.sightings.count()).toBe(0);
    expect(await getSetting(db, 'paused')).toBe(true);
  });
});

describe('localDay', () => {
  it('writes the local calendar day', () => {
    const d = new Date(2024, 0, 5, 23, 59);
    expect(localDay(d.getTime())).toBe('2024-01-05');
  });
});
