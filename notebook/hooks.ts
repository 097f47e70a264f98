import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackstoryDB, Note } from './db';
import { allNotes, notesForEntity } from './notes';
import { useLiveQuery } from './useLiveQuery';

/** The database an extension page works on; tests provide their own. */
export const DbContext = createContext<BackstoryDB | null>(null);

export function useDb(): BackstoryDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbContext is not provided');
  return db;
}

/** Live notes on one entity (latest first), or every note when no entity is given. */
export function useNotes(entityId?: string | null) {
  const db = useDb();
  return useLiveQuery<Note[]>(() => (entityId ? notesForEntity(db, entityId) : allNotes(db)), [db, entityId]);
}
