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
      version: 1,
      exportedAt: '2024-02-29T23:59:59.123Z',
      notes: [],
    };
    expect(await exportNotebook(db, () => EXPORTED_AT)).toEqual(expected);
    expect(EXPORT_FORMAT).toBe('backstory-notebook');
    expect(EXPORT_VERSION).toBe(1);
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
  });

  it('survives a JSON round trip unchanged', async () => {
    await addNote(db, input({ quote: 'Japan’s “chips” & <b>', tags: ['日本'] }), () => T0, () => 'n1');
    const out = await exportNotebook(db, () => EXPORTED_AT);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(Date.parse(out.notes[0]!.createdAt)).toBe(T0);
  });
});

describe('exportFileName', () => {
  it('names the file after the UTC day', () => {
    expect(exportFileName(() => EXPORTED_AT)).toBe('backstory-notes-2024-02-29.json');
  });
});
