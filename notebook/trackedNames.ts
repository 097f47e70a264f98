import { listCustomEntities } from './customEntities';
import type { BackstoryDB } from './db';
import type { EntityName } from './exportMarkdown';

/** Adds the names the reader tracks to a namer of fact-base ids (fact-base ids win; the index keeps them apart anyway). */
export function withTrackedNames(entityName: EntityName, tracked: ReadonlyMap<string, string>): EntityName {
  return (id) => entityName(id) ?? tracked.get(id);
}

/** The same, with the tracked names read from the database now: an export names what is there at that moment. */
export async function readTrackedNames(db: BackstoryDB, entityName: EntityName): Promise<EntityName> {
  return withTrackedNames(entityName, new Map((await listCustomEntities(db)).map((e) => [e.id, e.name])));
}
