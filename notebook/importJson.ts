import type { BackstoryDB, CustomEntity, Note, SettingRow, Sighting, SiteSetting } from './db';
import type { NotebookExport } from './exportJson';
import { fail, FORBIDDEN_KEYS, ImportError, formatSize, utf8Length } from './importFields';
import { readExport } from './importRecords';
import { err, ok, type Result } from './result';
import { explainStorageError, StorageError } from './storageErrors';

export { MAX_NOTES } from './importRecords';
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/** Runs inside JSON.parse on every key at every depth, so no forbidden key survives parsing. */
function refuseForbiddenKeys(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.includes(key)) fail(`This file contains the key "${key}", which a Backstory export never holds; it was refused for safety.`);
  return value;
}

/** Reads an exported notebook (version 1 or 2), or says in one sentence why it cannot. */
export function parseNotebookFile(fileText: string, maxBytes = MAX_FILE_BYTES): Result<NotebookExport, string> {
  // Size first: a huge file is refused before it costs a parse.
  const bytes = utf8Length(fileText, maxBytes);
  if (bytes > maxBytes) return err(`This file is too large to import (over ${formatSize(maxBytes)}).`);
  const body = fileText.replace(/^\uFEFF/, ''); // editors on Windows add a byte-order mark
  if (!body.trim()) return err('This file is empty.');
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(body, refuseForbiddenKeys);
    } catch (e) {
      if (e instanceof ImportError) throw e;
      // The reviver recurses, so absurd nesting ends in a RangeError rather than a crash.
      if (e instanceof RangeError) return err('This file is nested too deeply to be a Backstory export.');
      return err('This file is not valid JSON: it may be truncated or damaged.');
    }
    return ok(readExport(raw));
  } catch (e) {
    if (e instanceof ImportError) return err(e.message);
    throw e;
  }
}

export interface ImportCounts {
  /** Records written. */
  added: number;
  /** Records already present (same id or key), or repeated in the file. */
  skipped: number;
}

const toMs = (iso: string) => Date.parse(iso);

/**
 * Adds every record whose id (or key) is not in the database yet, in one transaction over all
 * tables: importing the same file twice adds nothing, and a failure half-way writes nothing.
 * Existing records always win; an import never overwrites what the reader has.
 */
export async function importNotebook(db: BackstoryDB, data: NotebookExport): Promise<ImportCounts> {
  const notes: Note[] = data.notes.map((n) => ({ ...n, tags: [...n.tags], createdAt: toMs(n.createdAt), updatedAt: toMs(n.updatedAt) }));
  const entities: CustomEntity[] = data.customEntities.map((e) => ({ ...e, aliases: [...e.aliases], createdAt: toMs(e.createdAt), updatedAt: toMs(e.updatedAt) }));
  const sites: SiteSetting[] = data.siteSettings.map((s) => ({ ...s, updatedAt: toMs(s.updatedAt) }));
  const settings: SettingRow[] = data.settings.map((s) => ({ key: s.key, value: s.value }));
  const sightings: Sighting[] = data.sightings.map((s) => ({ ...s }));
  return db.transaction('rw', [db.notes, db.customEntities, db.siteSettings, db.settings, db.sightings], async () => {
    // One table after another, so a failure in a later table undoes the earlier ones' writes.
    const counts = [
      await addMissing(db.notes, notes, (n) => n.id),
      await addMissing(db.customEntities, entities, (e) => e.id),
      await addMissing(db.siteSettings, sites, (s) => s.hostname),
      await addMissing(db.settings, settings, (s) => s.key),
      await addMissing(db.sightings, sightings, (s) => [s.entityId, s.pageUrl, s.day]),
    ];
    return counts.reduce((sum, c) => ({ added: sum.added + c.added, skipped: sum.skipped + c.skipped }), { added: 0, skipped: 0 });
  });
}

interface KeyedTable<T, K> {
  bulkGet(keys: K[]): Promise<(T | undefined)[]>;
  bulkAdd(items: readonly T[]): Promise<unknown>;
}

async function addMissing<T, K extends string | string[]>(table: KeyedTable<T, K>, records: T[], keyOf: (r: T) => K): Promise<ImportCounts> {
  const keys = records.map(keyOf);
  const existing = await table.bulkGet(keys);
  const seen = new Set<string>();
  const fresh = records.filter((_, i) => {
    const key = JSON.stringify(keys[i]);
    if (existing[i] !== undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await table.bulkAdd(fresh);
  return { added: fresh.length, skipped: records.length - fresh.length };
}

/** The one sentence for an import that failed while writing: the transaction rolled back. */
export const importFailed = (reason: string) => `The import failed and nothing was imported (${reason}).`;

/** Parse, then import (the import worker calls it through importFileHere). Errors come back as one sentence. */
export async function importNotebookFile(db: BackstoryDB, fileText: string, maxBytes = MAX_FILE_BYTES): Promise<Result<ImportCounts, string>> {
  const parsed = parseNotebookFile(fileText, maxBytes);
  if (!parsed.ok) return parsed;
  try {
    return ok(await importNotebook(db, parsed.value));
  } catch (e) {
    const explained = explainStorageError(e, 'The notebook was not imported');
    if (explained instanceof StorageError) return err(explained.message);
    return err(importFailed((e as Error).message));
  }
}
