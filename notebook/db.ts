import Dexie, { type DexieOptions, type Table } from 'dexie';

/** A reader's note; it never leaves the extension's origin. */
export interface Note {
  id: string;
  entityId: string | null;
  pageUrl: string;
  pageTitle: string;
  quote: string;
  text: string;
  tags: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export const DB_NAME = 'backstory';

/**
 * The one storage layer. The version list is append-only: a new schema is a new `version(n)`
 * with an upgrade function and a test that opens a database written by version n-1.
 */
export class BackstoryDB extends Dexie {
  notes!: Table<Note, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ notes: 'id, entityId, pageUrl, createdAt, updatedAt, *tags' });
  }
}
