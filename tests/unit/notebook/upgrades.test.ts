import { describe, expect, it } from 'vitest';
import { BackstoryDB, type Note } from '../../../notebook/db';
import { normaliseTags } from '../../../notebook/tags';
import { fillNotebook } from './generate';
import { frozenDb, notesOfEveryShape, SCHEMAS } from './schemaHistory';
import { dumpDb } from './support';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** What every upgrade so far may change in a note: version 2 folds tags that differ only in case. */
const upgraded = (note: Note): Note => ({ ...note, tags: normaliseTags(note.tags) });

describe('the schema history', () => {
  it('lists every version notebook/db.ts declares, each with the tables and indexes it declares', async () => {
    const db = new BackstoryDB(`history-${crypto.randomUUID()}`);
    try {
      await db.open();
      expect(db.verno).toBe(SCHEMAS.length);
      const current = SCHEMAS[SCHEMAS.length - 1]!;
      const declared = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]));
      expect(declared).toEqual(Object.fromEntries(Object.entries(current).map(([table, spec]) => [table, spec.split(/\s*,\s*/).join(', ')])));
    } finally {
      await db.delete();
    }
  });
});

describe.each(SCHEMAS.slice(0, -1).map((_, i) => i + 1))('a filled version %i database opened by this Backstory', (from) => {
  it('keeps every note of every shape, every other row, and every index answering', { timeout: 60_000 }, async () => {
    const name = `upgrade-from-${from}-${crypto.randomUUID()}`;
    const notes = notesOfEveryShape(3000, from);
    const old = frozenDb(name, from);
    await old.table('notes').bulkAdd(notes);
    // Tables that already existed in `from` are filled as well, through a current handle on the same shape.
    let others: Record<string, unknown[]> = {};
    if (from >= 2) {
      const filler = new BackstoryDB(`filler-${crypto.randomUUID()}`);
      await fillNotebook(filler, 0, from);
      others = await dumpDb(filler);
      for (const [table, rows] of Object.entries(others)) if (table !== 'notes') await old.table(table).bulkAdd(rows);
      await filler.delete();
    }
    old.close();

    const db = new BackstoryDB(name);
    try {
      await db.open();
      expect(db.verno).toBe(SCHEMAS.length);
      const stored = (await db.notes.toArray()).sort(byId);
      expect(stored.length).toBe(notes.length);
      expect(stored).toEqual(notes.map(upgraded).sort(byId));
      const dump = await dumpDb(db);
      for (const [table, rows] of Object.entries(others)) if (table !== 'notes') expect(dump[table], table).toEqual(rows);

      // Each index finds exactly the notes it should.
      const expected = notes.map(upgraded);
      for (const tag of ['chips', 'Chips', 'CHIPS', 'japan', 'NATO', '日本']) {
        expect(await db.notes.where('tags').equals(tag).count(), tag).toBe(expected.filter((n) => n.tags.includes(tag)).length);
      }
      expect(await db.notes.where('entityId').equals('rapidus').count()).toBe(notes.filter((n) => n.entityId === 'rapidus').length);
      expect(await db.notes.where('pageUrl').equals('not a url').count()).toBe(notes.filter((n) => n.pageUrl === 'not a url').length);
      const newest = await db.notes.orderBy('updatedAt').last();
      expect(newest?.updatedAt).toBe(Math.max(...notes.map((n) => n.updatedAt)));
      expect(await db.notes.where('createdAt').below(1000).count()).toBe(notes.filter((n) => n.createdAt < 1000).length);
    } finally {
      await db.delete();
    }
  });
});
