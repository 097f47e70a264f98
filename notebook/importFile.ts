import type { BackstoryDB } from './db';
import { importNotebookFile, type ImportCounts } from './importJson';
import { isPlainObject } from './importFields';
import { err, type Result } from './result';

/** Reads a chosen file and imports it; what the options page's file input calls. */
export type ImportFile = (db: BackstoryDB, file: Blob, maxBytes: number) => Promise<Result<ImportCounts, string>>;

/** On this thread: unit tests, and any page where a worker cannot be started. */
export const importFileHere: ImportFile = async (db, file, maxBytes) => {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    // The file was moved, changed or made unreadable after it was chosen.
    return err(`The file could not be read (${(e as Error).message}); nothing was imported.`);
  }
  return importNotebookFile(db, text, maxBytes);
};

/** What the options page asks of the import worker. */
export interface ImportRequest {
  dbName: string;
  file: Blob;
  maxBytes: number;
}

export function isImportRequest(value: unknown): value is ImportRequest {
  return isPlainObject(value) && typeof value.dbName === 'string' && value.file instanceof Blob
    && typeof value.maxBytes === 'number' && value.maxBytes > 0;
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The worker's answer: counts, or one sentence. */
export function isImportReply(value: unknown): value is Result<ImportCounts, string> {
  if (!isPlainObject(value)) return false;
  if (value.ok === false) return typeof value.error === 'string';
  return value.ok === true && isPlainObject(value.value) && isCount(value.value.added) && isCount(value.value.skipped);
}
