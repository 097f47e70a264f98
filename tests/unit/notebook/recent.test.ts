import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { allNotes, notedEntityIds, recentNotes } from '../../../notebook/notes';
import { generateNotes } from './generate';
import { freshDb } from './support';

let db: BackstoryDB;
beforeEach(async () => {
  db = freshDb();
  await db.notes.bulkAdd(generateNotes(400, 8));
});
afterEach(async () => {
  await db.delete();
});

it('reads the latest notes through the index: the same as the head of every note, newest first', async () => {
  const all = await allNotes(db);
  expect(await recentNotes(db, 10)).toEqual(all.slice(0, 10));
  expect(await recentNotes(db, 1000)).toEqual(all);
});

it('lists the entities that have notes, and no entry for notes on no entity', async () => {
  const expected = new Set((await db.notes.toArray()).map((n) => n.entityId).filter((id): id is string => id !== null));
  expect(await notedEntityIds(db)).toEqual(expected);
});
