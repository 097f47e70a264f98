import { addNote } from '../notebook/notes';
import { useDb, useNotes } from '../notebook/hooks';
import { NoteForm } from './NoteForm';
import { EditableNoteList } from './EditableNoteList';

/** Props for EntityNotes. */
export interface EntityNotesProps {
  entityId: string;
  /** Where a new note is taken: the page and the reader's selection on it. */
  page: { url: string; title: string; quote: string };
  now: () => number;
}

/** The reader's notes on an entity, latest first with a count, and a form to add one. */
export function EntityNotes({ entityId, page, now }: EntityNotesProps) {
  const db = useDb();
  const { value: notes = [], error } = useNotes(entityId);
  const save = async (text: string, tags: string[], quote: string) => {
    await addNote(db, { entityId, pageUrl: page.url, pageTitle: page.title, quote, text, tags }, now);
  };
  return (
    <section class="your-notes" aria-labelledby="notes-title">
      <h3 id="notes-title">Your notes <span class="count">{notes.length}</span></h3>
      {error ? <p class="error" role="alert">Notes could not be read: {error}</p> : <EditableNoteList notes={notes} now={now} />}
      <NoteForm quote={page.quote} onSave={save} />
    </section>
  );
}
