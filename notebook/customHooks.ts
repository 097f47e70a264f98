import { useMemo } from 'preact/hooks';
import type { CustomEntity } from './db';
import { useDb } from './hooks';
import { listCustomEntities } from './customEntities';
import { useLiveQuery } from './useLiveQuery';

/** One custom entity, live; undefined while loading, when it is gone, or when no id is given. */
export function useCustomEntity(id: string | null): CustomEntity | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? db.customEntities.get(id) : undefined), [db, id]).value;
}

/** Every name the reader tracks, live, A to Z; undefined while loading. */
export function useCustomEntities(): { value: CustomEntity[] | undefined; error: string | null } {
  const db = useDb();
  return useLiveQuery(async () => (await listCustomEntities(db)).sort(byName), [db]);
}

const byName = (a: CustomEntity, b: CustomEntity) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);

/** The names of the reader's own entities by id: a page's summary carries only their ids. */
export function useCustomNames(): ReadonlyMap<string, string> {
  return useNamesOf(useCustomEntities().value);
}

/** The same map from a list the caller already reads (one live query serves both). */
export function useNamesOf(list: readonly CustomEntity[] | undefined): ReadonlyMap<string, string> {
  return useMemo(() => new Map((list ?? []).map((e) => [e.id, e.name])), [list]);
}
