import { updateTrackedName, type TrackedNameEdit } from '../notebook/customEdit';
import type { CustomEntity } from '../notebook/db';
import { useDb } from '../notebook/hooks';
import { TrackedNameEditor } from './TrackedNameEditor';
import { useInPlaceEdit } from './inPlaceEdit';

/** Props for TrackedNameItem. */
export interface TrackedNameItemProps {
  entity: CustomEntity;
  now: () => number;
  /** Rebuilds the background's index and has open pages re-mark. */
  onChanged: () => Promise<void>;
  onDelete: (entity: CustomEntity) => void;
  /** Moves keyboard focus to this name's Edit button (after an undo brings it back). */
  focus?: boolean;
}

/** One tracked name with its other names and description, editable in place. */
export function TrackedNameItem({ entity, now, onChanged, onDelete, focus = false }: TrackedNameItemProps) {
  const db = useDb();
  const { editing, open, close, editButton } = useInPlaceEdit(focus);
  const save = async (edit: TrackedNameEdit): Promise<string | null> => {
    const saved = await updateTrackedName(db, entity.id, edit, now);
    if (!saved.ok) return saved.error;
    close();
    // Saved already; a page that misses this refresh re-reads the index when it loads.
    await onChanged().catch(() => undefined);
    return null;
  };
  return (
    <li class="tracked-name">
      {editing ? <TrackedNameEditor entity={entity} onSave={save} onCancel={close} /> : (
        <>
          <h3 class="tracked-title">{entity.name}</h3>
          {entity.aliases.length > 0 && <p class="muted small">Also: {entity.aliases.join(', ')}</p>}
          {entity.description ? <p class="description">{entity.description}</p> : <p class="muted small">No description.</p>}
          <div class="note-actions">
            <button type="button" class="linklike" ref={editButton} aria-label={`Edit tracked name: ${entity.name}`} onClick={open}>Edit</button>
            <button type="button" class="linklike" aria-label={`Delete tracked name: ${entity.name}`} onClick={() => onDelete(entity)}>Delete</button>
          </div>
        </>
      )}
    </li>
  );
}
