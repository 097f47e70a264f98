import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB, Note } from '../../../notebook/db';
import { addNote, allNotes, notesForEntity } from '../../../notebook/notes';
import { counterIds, freshDb, input, steppingClock, T0 } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

describe('addNote', () => {
  it('saves a note with the injected clock and id, and returns it', async () => {
    const note = await addNote(db, input(), () => T0, () => 'note-a');
    const expected: Note = { ...input(), id: 'note-a', createdAt: T0, updatedAt: T0 };
    expect(note).toEqual(expected);
    expect(await db.notes.get('note-a')).toEqual(expected);
  });

  it('trims the text and trims, drops and de-duplicates tags', async () => {
    const note = await addNote(db, input({ text: '  A note.\n', tags: [' chips', 'chips', '', '  ', 'japan '] }), () => T0, () => 'n');
    expect(note.text).toBe('A note.');
    expect(note.tags).toEqual(['chips', 'japan']);
    expect((await db.notes.get('n'))?.tags).toEqual(['chips', 'japan']);
  });

  it('accepts a quote with no text, and a page note with no entity', async () => {
    const note = await addNote(db, input({ text: '   ', entityId: null }), () => T0, () => 'q');
    expect(note).toMatchObject({ id: 'q', text: '', entityId: null, quote: 'Commerce Secretary Gina Raimondo said' });
  });

  it('rejects an empty note and stores nothing', async () => {
    await expect(addNote(db, input({ text: ' \n ', quote: '  ' }), () => T0, () => 'x')).rejects.toThrow(
      'A note needs some text or a quote.',
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('uses a random UUID when no id generator is given', async () => {
    const note = await addNote(db, input(), () => T0);
    expect(note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects a second note with the same id', async () => {
    await addNote(db, input(), () => T0, () => 'same');
    await expect(addNote(db, input(), () => T0 + 1, () => 'same')).rejects.toThrow();
    expect(await db.notes.count()).toBe(1);
  });
});

describe('notesForEntity and allNotes', () => {
  beforeEach(async () => {
    const clock = steppingClock(T0);
    const id = counterIds();
    // Saved out of entity order so the queries must sort.
    await addNote(db, input({ entityId: 'gina-raimondo', text: 'first' }), clock.now, id);
    await addNote(db, input({ entityId: 'country-jpn', text: 'second' }), clock.now, id);
    await addNote(db, input({ entityId: 'gina-raimondo', text: 'third' }), clock.now, id);
    await addNote(db, input({ entityId: null, text: 'fourth' }), clock.now, id);
  });

  it('lists one entity’s notes, latest first', async () => {
    const notes = await notesForEntity(db, 'gina-raimondo');
    expect(notes.map((n) => [n.id, n.text, n.createdAt])).toEqual([
      ['note-3', 'third', T0 + 120_000],
      ['note-1', 'first', T0],
    ]);
  });

  it('lists nothing for an entity without notes', async () => {
    expect(await notesForEntity(db, 'rapidus')).toEqual([]);
  });

  it('lists every note, latest first', async () => {
    expect((await allNotes(db)).map((n) => n.text)).toEqual(['fourth', 'third', 'second', 'first']);
  });

  it('keeps notes per database', async () => {
    const other = freshDb();
    try {
      expect(await allNotes(other)).toEqual([]);
    } finally {
      await other.delete();
    }
  });
});
