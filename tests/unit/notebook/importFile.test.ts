import { afterEach, expect, it } from 'vitest';
import type { BackstoryDB } from '../../../notebook/db';
import { exportNotebook } from '../../../notebook/exportJson';
import { importFileHere, isImportReply, isImportRequest } from '../../../notebook/importFile';
import { freshDb, T0 } from './support';
import { fillNotebook } from './generate';

let dbs: BackstoryDB[] = [];
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});
const db = () => {
  const made = freshDb();
  dbs.push(made);
  return made;
};

it('reads a file and imports it, or says why the file could not be read and writes nothing', async () => {
  const source = db();
  await fillNotebook(source, 30);
  const file = new Blob([JSON.stringify(await exportNotebook(source, () => T0))]);
  const target = db();
  expect(await importFileHere(target, file, 1024 * 1024)).toEqual({ ok: true, value: { added: 30 + 5 + 3 + 3 + 40, skipped: 0 } });

  const unreadable = new Blob(['{}']);
  unreadable.text = () => Promise.reject(new Error('the file changed on disk'));
  const empty = db();
  expect(await importFileHere(empty, unreadable, 1024)).toEqual({ ok: false, error: 'The file could not be read (the file changed on disk); nothing was imported.' });
  expect(await empty.notes.count()).toBe(0);
});

it('knows a well-formed request to the import worker and its answer, and nothing else', () => {
  const file = new Blob(['{}']);
  expect(isImportRequest({ dbName: 'backstory', file, maxBytes: 10 })).toBe(true);
  for (const bad of [null, 'file', { dbName: 'backstory', file: '{}', maxBytes: 10 }, { dbName: 1, file, maxBytes: 10 }, { dbName: 'backstory', file, maxBytes: 0 }]) {
    expect(isImportRequest(bad), JSON.stringify(bad)).toBe(false);
  }
  expect(isImportReply({ ok: true, value: { added: 3, skipped: 0 } })).toBe(true);
  expect(isImportReply({ ok: false, error: 'This file is empty.' })).toBe(true);
  for (const bad of [null, { ok: true }, { ok: true, value: { added: -1, skipped: 0 } }, { ok: true, value: { added: 1.5, skipped: 0 } }, { ok: false, error: 3 }, { ok: 'yes' }]) {
    expect(isImportReply(bad), JSON.stringify(bad)).toBe(false);
  }
});
