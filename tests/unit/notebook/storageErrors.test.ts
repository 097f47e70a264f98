import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { exportNotebook } from '../../../notebook/exportJson';
import { importNotebookFile } from '../../../notebook/importJson';
import { addNote, deleteNote, restoreNote, updateNote } from '../../../notebook/notes';
import { getSetting, setSetting, setSiteEnabled, setTypeEnabled } from '../../../notebook/settings';
import { StorageError, storageErrorKind } from '../../../notebook/storageErrors';
import { fillDiskAfter } from './fullDisk';
import { fillNotebook } from './generate';
import { dumpDb, freshDb, input, T0 } from './support';

let db: BackstoryDB;
let restoreDisk: (() => void) | undefined;

beforeEach(async () => {
  db = freshDb();
  await fillNotebook(db, 30, 3);
});

afterEach(async () => {
  restoreDisk?.();
  restoreDisk = undefined;
  await db.delete();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageErrorKind', () => {
  it('finds a full disk however Dexie wraps it', () => {
    expect(storageErrorKind(quota())).toBe('quota');
    expect(storageErrorKind(new Dexie.QuotaExceededError(quota()))).toBe('quota');
    expect(storageErrorKind(new Dexie.AbortError('Transaction aborted', quota()))).toBe('quota');
    expect(storageErrorKind(new Dexie.BulkError('3 of 3 failed', { 0: new Dexie.QuotaExceededError(quota()) }))).toBe('quota');
    expect(storageErrorKind(new DOMException('Disk is full: the write failed', 'UnknownError'))).toBe('quota');
  });

  it('tells a closed or unusable database from other storage failures, and leaves our own errors alone', () => {
    expect(storageErrorKind(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(storageErrorKind(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(storageErrorKind(new Dexie.ConstraintError('Key already exists'))).toBe('other');
    expect(storageErrorKind(new Error('A note needs some text or a quote.'))).toBeNull();
    expect(storageErrorKind('nope')).toBeNull();
  });
});

/** Runs a write on a full disk: it must fail with the reader's message and leave every table as it was. */
async function refusedOnFullDisk(write: () => Promise<unknown>, message: RegExp, allowed = 0, stores?: string[]): Promise<StorageError> {
  const before = await dumpDb(db);
  restoreDisk = await fillDiskAfter(db, allowed, stores);
  const error: unknown = await write().then(() => null, (e: unknown) => e);
  restoreDisk();
  restoreDisk = undefined;
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).kind).toBe('quota');
  expect((error as StorageError).message).toMatch(message);
  expect((error as StorageError).message).toContain('no storage space left');
  expect(await dumpDb(db)).toEqual(before);
  return error as StorageError;
}

describe('a full disk', () => {
  it('refuses a new note with one clear message and writes nothing', async () => {
    await refusedOnFullDisk(() => addNote(db, input(), () => T0, () => 'new-note'), /^The note was not saved: /);
    // Once there is space again, the same note saves.
    await addNote(db, input(), () => T0, () => 'new-note');
    expect(await db.notes.get('new-note')).toMatchObject({ text: input().text });
  });

  it('refuses an edit, a delete and an undo, leaving the note as it was', async () => {
    const [note] = await db.notes.limit(1).toArray();
    await refusedOnFullDisk(() => updateNote(db, note!.id, { text: 'edited', addTags: ['new'] }, () => T0), /^The note was not changed: /);
    await deleteNote(db, note!.id);
    await refusedOnFullDisk(() => restoreNote(db, note!), /^The note was not restored: /);
  });

  it('keeps our own validation message when the edit is refused for its content', async () => {
    const [note] = await db.notes.limit(1).toArray();
    await expect(updateNote(db, note!.id, { text: '', quote: '' }, () => T0)).rejects.toThrow('A note needs some text or a quote.');
  });

  it('refuses the switches and settings', async () => {
    await refusedOnFullDisk(() => setSetting(db, 'paused', true), /^The setting was not changed: /);
    await refusedOnFullDisk(() => setTypeEnabled(db, 'person', false), /^The setting was not changed: /);
    await refusedOnFullDisk(() => setSiteEnabled(db, 'example.org', false, () => T0), /^The switch was not changed: /);
  });

  it.each([
    ['half-way through the notes', 400, ['notes']],
    ['after every note, in the last table', 0, ['sightings']],
  ])('rolls back a whole import when the disk fills %s', async (_, allowed, stores) => {
    const source = freshDb();
    await fillNotebook(source, 1000, 9);
    const file = JSON.stringify(await exportNotebook(source, () => T0));
    await source.delete();
    // Same ids as the source's, which the import would skip: keep notes and settings, so those tables have rows to keep.
    await Promise.all([db.customEntities.clear(), db.siteSettings.clear(), db.sightings.clear()]);
    const before = await dumpDb(db);
    restoreDisk = await fillDiskAfter(db, allowed, stores);
    const result = await importNotebookFile(db, file);
    restoreDisk();
    restoreDisk = undefined;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The notebook was not imported: this browser has no storage space left/);
    expect(await dumpDb(db)).toEqual(before);
    // With space again, the same file imports in full.
    expect(await importNotebookFile(db, file)).toMatchObject({ ok: true, value: { added: 1000 + 5 + 3 + 40, skipped: 3 } });
  });
});

describe('two views writing at once', () => {
  it('keeps both tag edits and a text edit made to one note at the same moment', async () => {
    await addNote(db, input({ tags: ['chips'] }), () => T0, () => 'shared');
    await Promise.all([
      updateNote(db, 'shared', { addTags: ['japan'] }, () => T0 + 1),
      updateNote(db, 'shared', { addTags: ['export-controls'], removeTags: ['CHIPS'] }, () => T0 + 2),
      updateNote(db, 'shared', { text: 'Edited in the options page.' }, () => T0 + 3),
    ]);
    expect(await db.notes.get('shared')).toMatchObject({ text: 'Edited in the options page.', tags: ['japan', 'export-controls'] });
  });

  it('keeps two entity types switched off at the same moment from two pages', async () => {
    await setSetting(db, 'disabledTypes', []);
    await Promise.all([setTypeEnabled(db, 'person', false), setTypeEnabled(db, 'place', false), setTypeEnabled(db, 'company', false)]);
    expect((await getSetting(db, 'disabledTypes')).sort()).toEqual(['company', 'person', 'place']);
    await Promise.all([setTypeEnabled(db, 'person', true), setTypeEnabled(db, 'media', false)]);
    expect((await getSetting(db, 'disabledTypes')).sort()).toEqual(['company', 'media', 'place']);
  });
});
