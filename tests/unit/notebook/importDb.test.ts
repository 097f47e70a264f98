import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { exportNotebook, type NotebookExport } from '../../../notebook/exportJson';
import { importNotebook, importNotebookFile, parseNotebookFile } from '../../../notebook/importJson';
import { BAD_FILES, validExport } from './badFiles';
import { fillNotebook } from './generate';
import { dumpDb, freshDb, T0 } from './support';

let db: BackstoryDB;

beforeEach(() => {
  db = freshDb();
});

afterEach(async () => {
  await db.delete();
});

const exportText = async (at: number) => JSON.stringify(await exportNotebook(db, () => at), null, 2);
const withoutDate = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

function parsed(text: string): NotebookExport {
  const result = parseNotebookFile(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('export, wipe, import, export', () => {
  it('gives the same bytes apart from exportedAt, for 1,000 notes full of quotes, commas, newlines, emoji and HTML', async () => {
    await fillNotebook(db, 1000, 42);
    const first = await exportText(T0);
    const before = await dumpDb(db);

    await db.delete();
    db = freshDb();
    expect(await importNotebookFile(db, first)).toEqual({ ok: true, value: { added: 1000 + 5 + 3 + 3 + 40, skipped: 0 } });
    const second = await exportText(T0 + 86_400_000);

    expect(second).not.toBe(first); // the dates differ ...
    expect(withoutDate(second)).toBe(withoutDate(first)); // ... and nothing else
    expect(await dumpDb(db)).toEqual(before);
    const html = (await db.notes.toArray()).find((n) => n.text.includes('<script>'));
    expect(html?.text).toContain('<script>alert(1)</script>'); // stored as typed, never HTML-processed
  });

  it('holds for several seeds', async () => {
    for (const seed of [1, 2, 3]) {
      const source = freshDb();
      await fillNotebook(source, 60, seed);
      const text = JSON.stringify(await exportNotebook(source, () => T0));
      await source.delete();
      const target = freshDb();
      await importNotebook(target, parsed(text));
      expect(JSON.stringify(await exportNotebook(target, () => T0))).toBe(text);
      await target.delete();
    }
  });
});

describe('importNotebook', () => {
  it('adds nothing the second time the same file is imported', async () => {
    const text = JSON.stringify(validExport());
    expect(await importNotebook(db, parsed(text))).toEqual({ added: 6, skipped: 0 });
    const after = await dumpDb(db);
    expect(await importNotebook(db, parsed(text))).toEqual({ added: 0, skipped: 6 });
    expect(await dumpDb(db)).toEqual(after);
  });

  it('never overwrites what is already there, and skips repeats within the file', async () => {
    await db.notes.add({ id: 'n1', entityId: null, pageUrl: '', pageTitle: '', quote: '', text: 'mine', tags: [], createdAt: T0, updatedAt: T0 });
    await db.settings.add({ key: 'paused', value: false });
    const data = parsed(JSON.stringify(validExport()));
    data.notes.push({ ...data.notes[0]!, id: 'n2' }, { ...data.notes[0]!, id: 'n2', text: 'repeat' });
    expect(await importNotebook(db, data)).toEqual({ added: 5, skipped: 3 });
    expect((await db.notes.get('n1'))?.text).toBe('mine');
    expect((await db.notes.get('n2'))?.text).toBe('T');
    expect(await db.settings.get('paused')).toEqual({ key: 'paused', value: false });
  });

  it('imports a version 1 file', async () => {
    const v1 = { format: 'backstory-notebook', version: 1, exportedAt: '2024-02-29T23:59:59.123Z', notes: validExport().notes };
    expect(await importNotebookFile(db, JSON.stringify(v1))).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    expect(await db.notes.get('n1')).toMatchObject({ text: 'T', createdAt: Date.parse('2023-01-06T09:30:00.000Z') });
  });

  it('writes nothing at all when a write fails half-way', async () => {
    await fillNotebook(db, 20);
    const before = await dumpDb(db);
    const data = parsed(JSON.stringify(validExport()));
    data.notes.push({ ...data.notes[0]!, id: 'fresh-note' });
    // Sightings are written last; an invalid key there must undo the notes already added.
    data.sightings.push({ ...data.sightings[0]!, day: undefined as unknown as string });
    let notesWritten = 0;
    db.notes.hook('creating', () => {
      notesWritten++;
    });
    await expect(importNotebook(db, data)).rejects.toThrow();
    expect(notesWritten).toBe(2); // the notes were written inside the transaction ...
    expect(await dumpDb(db)).toEqual(before); // ... and rolled back with it
    const result = await importNotebookFile(db, JSON.stringify({ ...data, sightings: data.sightings.slice(0, 1) }));
    expect(result.ok).toBe(true);
  });

  it('reports a write to a closed database as one clear message', async () => {
    await db.delete();
    db.close();
    const result = await importNotebookFile(db, JSON.stringify(validExport()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The notebook was not imported: Backstory's storage is not available right now\. Nothing was changed; /);
  });
});

describe('a refused file', () => {
  it.each(BAD_FILES)('($name) leaves the database exactly as it was', async ({ text, message }) => {
    await fillNotebook(db, 10);
    const before = await dumpDb(db);
    expect(await importNotebookFile(db, text(), 64 * 1024 * 1024)).toEqual({ ok: false, error: message });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('(too large) leaves the database exactly as it was', async () => {
    await fillNotebook(db, 10);
    const before = await dumpDb(db);
    expect(await importNotebookFile(db, JSON.stringify(validExport()), 100)).toEqual({ ok: false, error: 'This file is too large to import (over 100 bytes).' });
    expect(await dumpDb(db)).toEqual(before);
  });
});
