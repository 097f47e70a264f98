import { useDb } from './hooks';
import { sightingsForEntity, type PageSighting } from './sightings';
import { useLiveQuery } from './useLiveQuery';

/** The pages an entity was seen on, live (a page read in another tab shows at once). */
export function useSightings(entityId: string): { value: PageSighting[] | undefined; error: string | null } {
  const db = useDb();
  return useLiveQuery(() => sightingsForEntity(db, entityId), [db, entityId]);
}
