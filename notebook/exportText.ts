import type { BackstoryDB } from './db';
import { exportCsv } from './exportCsv';
import { exportNotebook } from './exportJson';
import { exportMarkdown, type EntityName } from './exportMarkdown';
import { allNotes } from './notes';
import { readTrackedNames } from './trackedNames';

export type ExportFormat = 'json' | 'md' | 'csv';

/**
 * The notebook as one file's text. Markdown and CSV name each note's entity: a fact-base entity by
 * `entityName`, a name the reader tracks by the name it has in the database now (never its opaque id).
 */
export async function exportText(db: BackstoryDB, format: ExportFormat, entityName: EntityName, now: () => number): Promise<string> {
  if (format === 'json') return JSON.stringify(await exportNotebook(db, now), null, 2);
  const named = await readTrackedNames(db, entityName);
  const oldestFirst = (await allNotes(db)).reverse();
  return format === 'md' ? exportMarkdown(oldestFirst, named, now) : exportCsv(oldestFirst, named);
}
