import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB, Note } from '../../../notebook/db';
import { addNote, deleteNote, filterNotes, normaliseTags, restoreNote, updateNote } from '../../../notebook/notes';
import { freshDb, input, T0 } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

describe('normaliseTags', () => {
  it('trims, drops empty tags and de-duplicates case-insensitively, keeping the first spelling', () => {
    expect(normaliseTags([' NATO ', 'nato', '', '  ', 'Chips', 'CHIPS', 'japan', 'Ünïcode', 'üNÏCODE'])).toEqual(['NATO', 'Chips', 'japan', 'Ünïcode']);
  });

  it('is applied when a note is added', async () => {
    expect((await addNote(db, input({ tags: ['Chips', 'chips '] }), () => T0, () => 'n')).tags).toEqual(['Chips']);
  });
});

describe('updateNote', () => {
  beforeEach(async () => {
    await addNote(db, input(), () => T0, () => 'n1');
  });

  it('changes only the patched fields, bumps updatedAt and returns the saved note', async () => {
    const saved = await updateNote(db, 'n1', { text: '  Edited.  ', tags: ['a', 'A', 'b'] }, () => T0 + 10);
    const expected: Note = { ...input(), text: 'Edited.', tags: ['a', 'b'], id: 'n1', createdAt: T0, updatedAt: T0 + 10 };
    expect(saved).toEqual(expected);
    expect(await db.notes.get('n1')).toEqual(expected);
  });

  it('moves a note to another entity or to none, and edits the quote', async () => {
    await updateNote(db, 'n1', { entityId: 'rapidus', quote: 'New quote' }, () => T0 + 1);
    expect(await db.notes.get('n1')).toMatchObject({ entityId: 'rapidus', quote: 'New quote', text: input().text });
    await updateNote(db, 'n1', { entityId: null }, () => T0 + 2);
    expect((await db.notes.get('n1'))?.entityId).toBeNull();
  });

  it('refuses to empty a note, and leaves it as it was', async () => {
    await expect(updateNote(db, 'n1', { text: ' ', quote: '' }, () => T0 + 1)).rejects.toThrow('A note needs some text or a quote.');
    expect(await db.notes.get('n1')).toMatchObject({ text: input().text, updatedAt: T0 });
  });

  it('says so when the note is gone', async () => {
    await expect(updateNote(db, 'missing', { text: 'x' }, () => T0)).rejects.toThrow('This note no longer exists.');
  });
});

describe('deleteNote and restoreNote', () => {
  it('returns the deleted note, and restoring puts it back unchanged', async () => {
    const note = await addNote(db, input({ tags: ['x'] }), () => T0, () => 'n1');
    const deleted = await deleteNote(db, 'n1');
    expect(deleted).toEqual(note);
    expect(await db.notes.get('n1')).toBeUndefined();
    await restoreNote(db, deleted!);
    expect(await db.notes.get('n1')).toEqual(note);
  });

  it('returns undefined for a note that does not exist', async () => {
    expect(await deleteNote(db, 'nope')).toBeUndefined();
  });
});

describe('filterNotes', () => {
  const note = (id: string, createdAt: number, patch: Partial<Note> = {}): Note => ({ ...input(), id, createdAt, updatedAt: createdAt, ...patch });
  const notes: Note[] = [
    note('a', T0 + 2, { entityId: 'rapidus', tags: ['Chips'], pageUrl: 'https://www.reuters.com/x' }),
    note('b', T0, { entityId: null, tags: ['japan'], pageUrl: 'https://nikkei.com/y' }),
    note('c', T0 + 1, { entityId: 'rapidus', tags: [], pageUrl: 'not a url' }),
    note('d', T0 + 1, { entityId: 'gina-raimondo', tags: ['chips'], pageUrl: 'https://reuters.com.evil.example/' }),
  ];
  const ids = (list: Note[]) => list.map((n) => n.id);

  it('sorts newest or oldest first, breaking ties on the id, without changing its input', () => {
    const before = [...notes];
    expect(ids(filterNotes(notes, { sort: 'newest' }))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(filterNotes(notes, { sort: 'oldest' }))).toEqual(['b', 'c', 'd', 'a']);
    expect(notes).toEqual(before);
  });

  it('filters by entity, and by no entity with null', () => {
    expect(ids(filterNotes(notes, { entityId: 'rapidus', sort: 'oldest' }))).toEqual(['c', 'a']);
    expect(ids(filterNotes(notes, { entityId: null, sort: 'oldest' }))).toEqual(['b']);
  });

  it('filters by tag case-insensitively', () => {
    expect(ids(filterNotes(notes, { tag: 'CHIPS ', sort: 'oldest' }))).toEqual(['d', 'a']);
  });

  it('filters by site, including subdomains but not look-alike hosts or non-URLs', () => {
    expect(ids(filterNotes(notes, { site: 'Reuters.com', sort: 'oldest' }))).toEqual(['a']);
    expect(ids(filterNotes(notes, { site: 'nikkei.com', sort: 'oldest' }))).toEqual(['b']);
  });

  it('combines filters', () => {
    expect(ids(filterNotes(notes, { entityId: 'rapidus', tag: 'chips', site: 'reuters.com', sort: 'newest' }))).toEqual(['a']);
    expect(filterNotes(notes, { entityId: 'rapidus', tag: 'japan', sort: 'newest' })).toEqual([]);
  });
});
