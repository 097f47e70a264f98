import type { CustomEntity } from './db';
import { useDb } from './hooks';
import { listCustomEntities } from './customEntities';
import { useLiveQuery } from './useLiveQuery';

/** One custom entity, live; undefined while loading, when it is gone, or when no id is given. */
export function useCustomEntity(id: string | null): CustomEntity | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? db.customEntities.get(id) : undefined), [db, id]).value;
}

/** The names of the reader's own entities by id: a page's summary carries only their ids. */
export function useCustomNames(): ReadonlyMap<string, string> {
  const db = useDb();
  const list = useLiveQuery(() => listCustomEntities(db), [db]).value;
  return new Map((list ?? []).map((e) => [e.id, e.name]));
}
