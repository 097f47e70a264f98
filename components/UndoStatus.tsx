import { useEffect, useRef } from 'preact/hooks';
import type { UndoState } from './useDeleteWithUndo';

/** Props for UndoStatus. */
export interface UndoStatusProps {
  state: UndoState;
  onUndo: () => void;
}

/**
 * "Note deleted. Undo", in a status region that is always in the page so screen readers announce
 * each change. The deleted note's buttons are gone, so focus moves to Undo.
 */
export function UndoStatus({ state, onUndo }: UndoStatusProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const deleted = state.kind === 'deleted' ? state.note : null;
  useEffect(() => { if (deleted) undoButton.current?.focus(); }, [deleted]);
  return (
    <div role="status" class="undo-status">
      {deleted && <>Note deleted.{' '}<button type="button" class="linklike" ref={undoButton} onClick={onUndo}>Undo</button></>}
      {state.kind === 'restored' && 'Note restored.'}
      {state.kind === 'error' && <span class="error">{state.message}</span>}
    </div>
  );
}
