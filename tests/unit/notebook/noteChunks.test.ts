import { afterEach, expect, it } from 'vitest';
import type { BackstoryDB, Note } from '../../../notebook/db';
import { readAllNotes } from '../../../notebook/noteChunks';
import { freshDb, T0 } from './support';
import { generateNotes } from './generate';

let db: BackstoryDB;
afterEach(() => db.delete());

it('reads every note in the order of the createdAt index backwards, whatever the chunk size', async () => {
  db = freshDb();
  // Equal times on purpose: ties must fall in the index's order (by id, from the last).
  const notes: Note[] = generateNotes(237, 5).map((n, i) => ({ ...n, createdAt: T0 + (i % 13) * 1000 }));
  await db.notes.bulkAdd(notes);
  const indexOrder = await db.notes.orderBy('createdAt').reverse().toArray();
  for (const chunk of [1, 7, 100, 237, 238, 5000]) expect(await readAllNotes(db, chunk), `chunk ${chunk}`).toEqual(indexOrder);
  await db.notes.clear();
  expect(await readAllNotes(db, 10)).toEqual([]);
});
