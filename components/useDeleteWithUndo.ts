import { useState } from 'preact/hooks';
import type { Note } from '../notebook/db';
import { useDb } from '../notebook/hooks';
import { deleteNote, restoreNote } from '../notebook/notes';

export type UndoState =
  | { kind: 'idle' }
  | { kind: 'deleted'; note: Note }
  | { kind: 'restored'; note: Note }
  | { kind: 'error'; message: string };

/**
 * Deletes notes and keeps the last one, so Undo puts back the identical note (same id, dates and
 * tags). The offer stays until the next delete or undo: no timer, so nobody has to be quick.
 */
export function useDeleteWithUndo() {
  const db = useDb();
  const [state, setState] = useState<UndoState>({ kind: 'idle' });
  const remove = async (note: Note) => {
    try {
      const deleted = await deleteNote(db, note.id);
      setState(deleted ? { kind: 'deleted', note: deleted } : { kind: 'error', message: 'This note was already deleted.' });
    } catch (err) {
      setState({ kind: 'error', message: `The note could not be deleted: ${(err as Error).message}` });
    }
  };
  const undo = async () => {
    if (state.kind !== 'deleted') return;
    try {
      await restoreNote(db, state.note);
      setState({ kind: 'restored', note: state.note });
    } catch (err) {
      setState({ kind: 'error', message: `The note could not be restored: ${(err as Error).message}` });
    }
  };
  return { state, remove, undo };
}
