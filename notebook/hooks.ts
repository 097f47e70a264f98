import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackstoryDB, Note } from './db';
import { allNotes, notesForEntity, notedEntityIds, recentNotes } from './notes';
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

/** The latest notes only: what a list shows first, without reading the whole notebook. */
export function useRecentNotes(limit: number) {
  const db = useDb();
  return useLiveQuery<Note[]>(() => recentNotes(db, limit), [db, limit]);
}

/** The entities the reader has notes on, read from the index alone. */
export function useNotedEntityIds() {
  const db = useDb();
  return useLiveQuery<Set<string>>(() => notedEntityIds(db), [db]);
}

/**
 * Every note once `enabled` (undefined until then and while they are read), so a view can read the
 * whole notebook after its first paint rather than before it.
 */
export function useAllNotesWhen(enabled: boolean) {
  const db = useDb();
  return useLiveQuery<Note[] | undefined>(() => (enabled ? allNotes(db) : Promise.resolve(undefined)), [db, enabled]);
}

/** How many notes there are, live (a count, without reading them). */
export function useCountedNotes() {
  const db = useDb();
  return useLiveQuery(() => db.notes.count(), [db]);
}
