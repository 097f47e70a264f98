import { useEffect, useRef } from 'preact/hooks';
import { noteCount } from './NotebookView';
import type { TrackedUndoState } from './useTrackedNameDelete';

/** Props for TrackedNameStatus. */
export interface TrackedNameStatusProps {
  state: TrackedUndoState;
  onUndo: () => void;
}

/** What a delete did to the notes on the name; empty when there were none. */
export function notesKeptText(count: number): string {
  if (count === 0) return '';
  return ` ${count === 1 ? 'Its note stays' : `Its ${noteCount(count)} stay`} in your notebook, on no entity.`;
}

/**
 * "Deleted “X”. Its 2 notes stay in your notebook, on no entity. Undo", in a status region that is
 * always in the page so screen readers announce each change. The deleted row is gone, so focus moves to Undo.
 */
export function TrackedNameStatus({ state, onUndo }: TrackedNameStatusProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const deleted = state.kind === 'deleted' ? state.deleted : null;
  useEffect(() => { if (deleted) undoButton.current?.focus(); }, [deleted]);
  return (
    <div role="status" class="undo-status">
      {deleted && <>
        Deleted “{deleted.entity.name}”. Pages no longer mark it.{notesKeptText(deleted.noteIds.length)}{' '}
        <button type="button" class="linklike" ref={undoButton} onClick={onUndo}>Undo</button>
      </>}
      {state.kind === 'restored' && `Tracking “${state.entity.name}” again.`}
      {state.kind === 'error' && <span class="error">{state.message}</span>}
    </div>
  );
}
