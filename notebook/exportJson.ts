import type { BackstoryDB, Note } from './db';

export const EXPORT_FORMAT = 'backstory-notebook';
export const EXPORT_VERSION = 1;

export interface NotebookExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: Array<Omit<Note, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string }>;
}

/** A lossless, versioned JSON export of every note, oldest first. */
export async function exportNotebook(db: BackstoryDB, now: () => number): Promise<NotebookExport> {
  const notes = await db.notes.orderBy('createdAt').toArray();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now()).toISOString(),
    notes: notes.map((n) => ({ ...n, createdAt: new Date(n.createdAt).toISOString(), updatedAt: new Date(n.updatedAt).toISOString() })),
  };
}

export function exportFileName(now: () => number): string {
  return `backstory-notes-${new Date(now()).toISOString().slice(0, 10)}.json`;
}
