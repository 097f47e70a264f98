import type { BackstoryDB, CustomEntity, Sighting } from './db';
import type { TrackInput } from './customEntities';
import type { Clock } from './notes';
import { err, ok, type Result } from './result';

/** What an edit may change: everything the track window asks for except the first note. */
export type TrackedNameEdit = Omit<TrackInput, 'note'>;

/** What deleting a tracked name took away, so Undo can put back exactly that. */
export interface DeletedTrackedName {
  entity: CustomEntity;
  /** The notes that were on it: they stay in the notebook, on no entity, until Undo files them again. */
  noteIds: string[];
  /** Where it was seen: meaningless without the entity, so they go with it and come back with it. */
  sightings: Sighting[];
}

const GONE = 'This name is no longer tracked.';

/** Another tracked name spelled the same way (in any case), if there is one. */
async function sameName(db: BackstoryDB, name: string, exceptId: string): Promise<CustomEntity | undefined> {
  return db.customEntities.where('name').equalsIgnoreCase(name).filter((e) => e.id !== exceptId).first();
}

/** Saves an edit checked by `parseTrackForm`; a name another tracked entity has is refused and nothing changes. */
export async function updateTrackedName(db: BackstoryDB, id: string, edit: TrackedNameEdit, now: Clock): Promise<Result<CustomEntity>> {
  return db.transaction('rw', db.customEntities, async () => {
    const current = await db.customEntities.get(id);
    if (!current) return err(GONE);
    const same = await sameName(db, edit.name, id);
    if (same) return err(`You already track "${same.name}".`);
    const next: CustomEntity = { ...current, name: edit.name, aliases: [...edit.aliases], description: edit.description, updatedAt: now() };
    await db.customEntities.put(next);
    return ok(next);
  });
}

/**
 * Stops tracking a name. Its notes are kept: they lose only their link to it (their text, quote,
 * tags and dates stay as they were) and show in the notebook under "no entity". One transaction.
 */
export async function deleteTrackedName(db: BackstoryDB, id: string): Promise<Result<DeletedTrackedName>> {
  return db.transaction('rw', db.customEntities, db.notes, db.sightings, async () => {
    const entity = await db.customEntities.get(id);
    if (!entity) return err(GONE);
    const notes = await db.notes.where('entityId').equals(id).toArray();
    const sightings = await db.sightings.where('entityId').equals(id).toArray();
    // Not an edit of the note, so `updatedAt` stays: Undo then gives back the identical note.
    await db.notes.bulkPut(notes.map((n) => ({ ...n, entityId: null })));
    await db.sightings.where('entityId').equals(id).delete();
    await db.customEntities.delete(id);
    return ok({ entity, noteIds: notes.map((n) => n.id), sightings });
  });
}

/**
 * Undo: the identical entity, its sightings, and its notes filed under it again. A note the reader
 * has since filed elsewhere or deleted is left as it is. Refused, changing nothing, when the name
 * was tracked again meanwhile.
 */
export async function restoreTrackedName(db: BackstoryDB, deleted: DeletedTrackedName): Promise<Result<CustomEntity>> {
  return db.transaction('rw', db.customEntities, db.notes, db.sightings, async () => {
    const same = await sameName(db, deleted.entity.name, deleted.entity.id);
    if (same) return err(`You track "${same.name}" again already; nothing was restored.`);
    await db.customEntities.put(deleted.entity);
    const notes = await db.notes.bulkGet(deleted.noteIds);
    await db.notes.bulkPut(notes.filter((n) => n !== undefined && n.entityId === null).map((n) => ({ ...n!, entityId: deleted.entity.id })));
    await db.sightings.bulkPut(deleted.sightings);
    return ok(deleted.entity);
  });
}
