import type { Note } from '../notebook/db';
import type { NoteBodyProps } from './NoteBody';
import { NoteItem } from './NoteItem';
import { UndoStatus } from './UndoStatus';
import { useDeleteWithUndo } from './useDeleteWithUndo';

/** Props for EditableNoteList. */
export interface EditableNoteListProps extends Omit<NoteBodyProps, 'note'> {
  notes: readonly Note[];
  now: () => number;
  emptyText?: string;
}

/** The reader's notes, each editable in place and deletable with Undo. */
export function EditableNoteList({ notes, now, emptyText = 'No notes yet.', ...body }: EditableNoteListProps) {
  const { state, remove, undo } = useDeleteWithUndo();
  // After an undo, focus goes back to the note that came back (when this list shows it).
  const restoredId = state.kind === 'restored' ? state.note.id : null;
  return (
    <div class="note-list">
      <UndoStatus state={state} onUndo={() => void undo()} />
      {notes.length === 0 ? <p class="muted">{emptyText}</p> : (
        <ul class="notes">
          {notes.map((n) => <NoteItem key={n.id} note={n} now={now} onDelete={(note) => void remove(note)} focus={n.id === restoredId} {...body} />)}
        </ul>
      )}
    </div>
  );
}
