import { describe, expect, it } from 'vitest';
import { BackstoryDB, type Note } from '../../../notebook/db';
import { generateNotes } from './generate';
import { frozenDb } from './schemaHistory';
import { T0 } from './support';

async function writeWithVersionOne(name: string, notes: Note[]): Promise<void> {
  const old = frozenDb(name, 1);
  await old.table('notes').bulkAdd(notes);
  old.close();
}

describe('BackstoryDB version 2 upgrade', () => {
  it('opens a version 1 database with every note intact and the new tables empty and usable', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const notes = generateNotes(50, 7);
    await writeWithVersionOne(name, notes);

    const db = new BackstoryDB(name);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      const byId = (a: Note, b: Note) => (a.id < b.id ? -1 : 1);
      expect((await db.notes.toArray()).sort(byId)).toEqual([...notes].sort(byId));
      for (const table of [db.customEntities, db.siteSettings, db.sightings, db.settings]) expect(await table.count()).toBe(0);

      await db.customEntities.add({ id: 'c1', name: 'Acme', aliases: ['ACME'], description: '', createdAt: T0, updatedAt: T0 });
      await db.siteSettings.add({ hostname: 'example.com', enabled: false, updatedAt: T0 });
      await db.sightings.add({ entityId: 'c1', pageUrl: 'https://example.com/', pageTitle: 'Ex', day: '2024-01-02', count: 1 });
      await db.settings.add({ key: 'paused', value: true });
      expect(await db.customEntities.where('name').equals('Acme').count()).toBe(1);
      expect(await db.sightings.get(['c1', 'https://example.com/', '2024-01-02'])).toMatchObject({ count: 1 });
      expect(await db.sightings.where('day').equals('2024-01-02').count()).toBe(1);
      expect(await db.siteSettings.get('example.com')).toMatchObject({ enabled: false });
      expect(await db.settings.get('paused')).toEqual({ key: 'paused', value: true });
      // The version 1 indexes still answer.
      expect(await db.notes.where('tags').equals('tag3').count()).toBe(notes.filter((n) => n.tags.includes('tag3')).length);
      expect(await db.notes.where('entityId').equals('entity-1').count()).toBe(notes.filter((n) => n.entityId === 'entity-1').length);
    } finally {
      await db.delete();
    }
  });

  it('normalises version 1 tags that differ only in case or spacing, and changes nothing else', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const note: Note = {
      id: 'n1', entityId: null, pageUrl: 'https://a.example/', pageTitle: 'A', quote: '', text: 'x',
      tags: ['Chips', 'chips', ' CHIPS', 'Japan', ''], createdAt: T0, updatedAt: T0 + 5,
    };
    await writeWithVersionOne(name, [note]);
    const db = new BackstoryDB(name);
    try {
      expect(await db.notes.get('n1')).toEqual({ ...note, tags: ['Chips', 'Japan'] });
    } finally {
      await db.delete();
    }
  });

  it('creates a fresh database at version 2', async () => {
    const db = new BackstoryDB(`fresh-${crypto.randomUUID()}`);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      expect(db.tables.map((t) => t.name).sort()).toEqual(['customEntities', 'notes', 'settings', 'sightings', 'siteSettings']);
    } finally {
      await db.delete();
    }
  });
});
