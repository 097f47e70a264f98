/** Large notebook files for the bulk import test, written to a temporary folder at test time (never committed). */
import { openSync, closeSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { benchNotes } from '../../bench/notebookData';
import { EXPORT_FORMAT, EXPORT_VERSION, exportNote, type ExportedNote, type NotebookExport } from '../../notebook/exportJson';
import { nastyText, seeded } from '../unit/notebook/generate';

/**
 * `count` notes shaped like a heavy reader's (the bench's generator: a sentence or two, a quoted
 * line, two tags, 200 sites, three years, fact-base entities), and one in ten carrying unicode,
 * HTML, script and CSV/Markdown traps in its title, quote or text. Ids start with `prefix`.
 */
export function bulkNotes(count: number, entities: readonly { id: string; name: string }[], prefix: string, seed = 7): ExportedNote[] {
  const rand = seeded(seed);
  return benchNotes(count, entities, seed).map((note, i) => {
    const n = exportNote({ ...note, id: `${prefix}-${i}` });
    if (rand() < 0.1) n.text = `${n.text} ${nastyText(rand, 4)}`;
    if (rand() < 0.05) n.pageTitle = `${nastyText(rand, 2)} ${n.pageTitle}`;
    if (rand() < 0.05 && n.quote) n.quote = `“${n.quote}” ${nastyText(rand, 2)}`;
    return n;
  });
}

/** A notebook export holding only these notes. */
export const notesExport = (notes: ExportedNote[]): NotebookExport => ({
  format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-11-22T08:00:00.000Z',
  notes, customEntities: [], siteSettings: [], settings: [], sightings: [],
});

/**
 * Writes the file as Backstory's own export does (indented), returning its path and size. Too big
 * for Playwright's in-memory file upload (50 MB at most), so the test hands Chromium the path.
 */
export function writeExport(dir: string, name: string, file: NotebookExport): { path: string; bytes: number } {
  const path = join(dir, name);
  const text = JSON.stringify(file, null, 2);
  writeFileSync(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

/**
 * A file of `bytes` bytes that begins like an export and then holds only spaces, written in 1 MB
 * blocks so the test process never holds it whole.
 */
export function writeJunk(dir: string, name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    const block = Buffer.alloc(1024 * 1024, 0x20);
    writeSync(fd, '{"format":"backstory-notebook","version":2,"notes":[');
    for (let written = 0; written < bytes; written += block.length) writeSync(fd, block);
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** A file that claims `bytes` bytes on disk but holds none (sparse): for a size check that must not read it. */
export function writeSparse(dir: string, name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return path;
}
