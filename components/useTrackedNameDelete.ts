import { useState } from 'preact/hooks';
import { deleteTrackedName, restoreTrackedName, type DeletedTrackedName } from '../notebook/customEdit';
import type { CustomEntity } from '../notebook/db';
import { useDb } from '../notebook/hooks';

export type TrackedUndoState =
  | { kind: 'idle' }
  | { kind: 'deleted'; deleted: DeletedTrackedName }
  | { kind: 'restored'; entity: CustomEntity }
  | { kind: 'error'; message: string };

/**
 * Deletes tracked names and keeps what the last delete took, so Undo restores the identical entity
 * and re-files its notes. Each change then has open pages re-mark (`onChanged`). No timer: the
 * offer stays until the next delete or undo.
 */
export function useTrackedNameDelete(onChanged: () => Promise<void>) {
  const db = useDb();
  const [state, setState] = useState<TrackedUndoState>({ kind: 'idle' });
  const settle = async (next: TrackedUndoState) => {
    setState(next);
    // The database is already right; a page that misses this refresh re-reads the index when it loads.
    if (next.kind !== 'error') await onChanged().catch(() => undefined);
  };
  const remove = async (entity: CustomEntity) => {
    const result = await deleteTrackedName(db, entity.id).catch((e: unknown) => ({ ok: false as const, error: `“${entity.name}” could not be deleted: ${(e as Error).message}` }));
    await settle(result.ok ? { kind: 'deleted', deleted: result.value } : { kind: 'error', message: result.error });
  };
  const undo = async () => {
    if (state.kind !== 'deleted') return;
    const result = await restoreTrackedName(db, state.deleted).catch((e: unknown) => ({ ok: false as const, error: `It could not be restored: ${(e as Error).message}` }));
    await settle(result.ok ? { kind: 'restored', entity: result.value } : { kind: 'error', message: result.error });
  };
  return { state, remove, undo };
}
