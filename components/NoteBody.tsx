import type { Note } from '../notebook/db';
import { safeHref } from '../factbase/lookup';

/** Props for NoteBody. */
export interface NoteBodyProps {
  note: Note;
  /** Shows where the note was taken (for lists that mix pages). */
  showPage?: boolean;
  /** Names the note's entity, for lists that mix entities; leave out to show none. */
  entityName?: (id: string) => string | undefined;
}

const when = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** One note as text (never HTML): quote, text, date, page, entity and tags. */
export function NoteBody({ note, showPage = false, entityName }: NoteBodyProps) {
  const href = safeHref(note.pageUrl);
  const about = note.entityId && entityName ? entityName(note.entityId) ?? note.entityId : null;
  return (
    <>
      {note.quote && <blockquote>{note.quote}</blockquote>}
      {note.text && <p class="note-text">{note.text}</p>}
      <p class="muted small">
        {when(note.createdAt)}
        {note.updatedAt > note.createdAt && <> (edited)</>}
        {about && <> · {about}</>}
        {showPage && href && <> · <a href={href} target="_blank" rel="noopener noreferrer">{note.pageTitle || href}</a></>}
        {note.tags.length > 0 && <> · <span class="note-tags">{note.tags.map((t) => `#${t}`).join(' ')}</span></>}
      </p>
    </>
  );
}
