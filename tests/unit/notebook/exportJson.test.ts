import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileName, exportNotebook, type NotebookExport } from '../../../notebook/exportJson';
import { addNote } from '../../../notebook/notes';
import { counterIds, freshDb, input, T0 } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

const EXPORTED_AT = Date.UTC(2024, 1, 29, 23, 59, 59, 123);

describe('exportNotebook', () => {
  it('exports an empty notebook with its format, version and date', async () => {
    const expected: NotebookExport = {
      format: 'backstory-notebook',
      version: 2,
      exportedAt: '2024-02-29T23:59:59.123Z',
      notes: [],
      customEntities: [],
      siteSettings: [],
      settings: [],
      sightings: [],
    };
    expect(await exportNotebook(db, () => EXPORTED_AT)).toEqual(expected);
    expect(EXPORT_FORMAT).toBe('backstory-notebook');
    expect(EXPORT_VERSION).toBe(2);
  });

  it('exports every note oldest first, with ISO dates and every other field unchanged', async () => {
    const id = counterIds();
    const times = [T0 + 5_000, T0, T0 + 60_000];
    for (const [i, at] of times.entries()) {
      await addNote(db, input({ text: `note ${i}`, tags: [`t${i}`] }), () => at, id);
    }
    const out = await exportNotebook(db, () => EXPORTED_AT);
    expect(out.notes.map((n) => [n.id, n.text, n.createdAt])).toEqual([
      ['note-2', 'note 1', '2023-01-06T09:30:00.000Z'],
      ['note-1', 'note 0', '2023-01-06T09:30:05.000Z'],
      ['note-3', 'note 2', '2023-01-06T09:31:00.000Z'],
    ]);
    expect(out.notes[0]).toEqual({
      ...input({ text: 'note 1', tags: ['t1'] }),
      id: 'note-2',
      createdAt: '2023-01-06T09:30:00.000Z',
      updatedAt: '2023-01-06T09:30:00.000Z',
    });
    expect(Object.keys(out.notes[0]!)).toEqual(['id', 'entityId', 'pageUrl', 'pageTitle', 'quote', 'text', 'tags', 'createdAt', 'updatedAt']);
  });

  it('survives a JSON round trip unchanged', async () => {
    await addNote(db, input({ quote: 'Japan’s “chips” & <b>', tags: ['日本'] }), () => T0, () => 'n1');
    const out = await exportNotebook(db, () => EXPORTED_AT);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(Date.parse(out.notes[0]!.createdAt)).toBe(T0);
  });
});

describe('exportNotebook, every table', () => {
  it('exports each table in a stable order, with a fixed key order in every record', async () => {
    // Written out of order, with keys in an unusual order, to show the export sorts and rebuilds.
    await db.siteSettings.bulkAdd([
      { updatedAt: T0, enabled: true, hostname: 'b.example' },
      { hostname: 'a.example', enabled: false, updatedAt: T0 + 1 },
    ]);
    await db.settings.bulkAdd([{ value: true, key: 'paused' }, { key: 'disabledTypes', value: ['place'] }]);
    await db.sightings.bulkAdd([
      { entityId: 'z', pageUrl: 'https://a/', pageTitle: 'A', day: '2024-01-01', count: 1 },
      { count: 2, day: '2024-01-02', pageTitle: 'A', pageUrl: 'https://a/', entityId: 'a' },
      { entityId: 'a', pageUrl: 'https://a/', pageTitle: 'A', day: '2024-01-01', count: 1 },
    ]);
    await db.customEntities.bulkAdd([
      { id: 'e2', name: 'Two', aliases: [], description: '', createdAt: T0, updatedAt: T0 },
      { updatedAt: T0, createdAt: T0, description: 'd', aliases: ['Uno'], name: 'One', id: 'e1' },
    ]);
    const out = await exportNotebook(db, () => EXPORTED_AT);
    expect(Object.keys(out)).toEqual(['format', 'version', 'exportedAt', 'notes', 'customEntities', 'siteSettings', 'settings', 'sightings']);
    expect(out.siteSettings).toEqual([
      { hostname: 'a.example', enabled: false, updatedAt: '2023-01-06T09:30:00.001Z' },
      { hostname: 'b.example', enabled: true, updatedAt: '2023-01-06T09:30:00.000Z' },
    ]);
    expect(out.siteSettings.map((s) => Object.keys(s))).toEqual([['hostname', 'enabled', 'updatedAt'], ['hostname', 'enabled', 'updatedAt']]);
    expect(out.settings).toEqual([{ key: 'disabledTypes', value: ['place'] }, { key: 'paused', value: true }]);
    expect(Object.keys(out.settings[1]!)).toEqual(['key', 'value']);
    expect(out.sightings.map((s) => [s.entityId, s.day])).toEqual([['a', '2024-01-01'], ['a', '2024-01-02'], ['z', '2024-01-01']]);
    expect(Object.keys(out.sightings[1]!)).toEqual(['entityId', 'pageUrl', 'pageTitle', 'day', 'count']);
    expect(out.customEntities.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(out.customEntities[0]).toEqual({
      id: 'e1', name: 'One', aliases: ['Uno'], description: 'd', createdAt: '2023-01-06T09:30:00.000Z', updatedAt: '2023-01-06T09:30:00.000Z',
    });
    expect(Object.keys(out.customEntities[0]!)).toEqual(['id', 'name', 'aliases', 'description', 'createdAt', 'updatedAt']);
  });
});

describe('exportFileName', () => {
  it('names the file after the UTC day', () => {
    expect(exportFileName(() => EXPORTED_AT)).toBe('backstory-notes-2024-02-29.json');
    expect(exportFileName(() => EXPORTED_AT, 'md')).toBe('backstory-notes-2024-02-29.md');
    expect(exportFileName(() => EXPORTED_AT, 'csv')).toBe('backstory-notes-2024-02-29.csv');
  });
});
