import type { Note } from '../notebook/db';
import { useDb } from '../notebook/hooks';
import { updateNote } from '../notebook/notes';
import { NoteBody, type NoteBodyProps } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { useInPlaceEdit } from './inPlaceEdit';

/** Props for NoteItem. */
export interface NoteItemProps extends Omit<NoteBodyProps, 'note'> {
  note: Note;
  now: () => number;
  onDelete: (note: Note) => void;
  /** Moves keyboard focus to this note's Edit button (after an undo brings it back). */
  focus?: boolean;
}

/** A short, single-line name for a note, so each Edit and Delete button says which note it acts on. */
export const noteLabel = (note: Note): string => {
  const words = (note.text || note.quote).replace(/\s+/g, ' ').trim();
  return words.length > 40 ? `${words.slice(0, 39).trimEnd()}…` : words;
};

/** One note with Edit and Delete; editing happens in place. */
export function NoteItem({ note, now, onDelete, focus = false, ...body }: NoteItemProps) {
  const db = useDb();
  const { editing, open, close, editButton } = useInPlaceEdit(focus);
  const save = async (text: string, tags: string[]) => {
    await updateNote(db, note.id, { text, tags }, now);
    close();
  };
  const label = noteLabel(note);
  return (
    <li class="note">
      {editing ? <NoteEditor note={note} onSave={save} onCancel={close} /> : (
        <>
          <NoteBody note={note} {...body} />
          <div class="note-actions">
            <button type="button" class="linklike" ref={editButton} aria-label={`Edit note: ${label}`} onClick={open}>Edit</button>
            <button type="button" class="linklike" aria-label={`Delete note: ${label}`} onClick={() => onDelete(note)}>Delete</button>
          </div>
        </>
      )}
    </li>
  );
}
