import type { Note } from '../notebook/db';
import { safeHref } from '../factbase/lookup';

/** Props for NoteList. */
export interface NoteListProps {
  notes: readonly Note[];
  /** Shows where each note was taken (for lists that mix pages). */
  showPage?: boolean;
  emptyText?: string;
}

const when = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The reader's notes, latest first; text is rendered as text, never as HTML. */
export function NoteList({ notes, showPage = false, emptyText = 'No notes yet.' }: NoteListProps) {
  if (notes.length === 0) return <p class="muted">{emptyText}</p>;
  return (
    <ul class="notes">
      {notes.map((n) => {
        const href = safeHref(n.pageUrl);
        return (
          <li key={n.id} class="note">
            {n.quote && <blockquote>{n.quote}</blockquote>}
            {n.text && <p>{n.text}</p>}
            <p class="muted small">
              {when(n.createdAt)}
              {showPage && href && <> · <a href={href} target="_blank" rel="noopener noreferrer">{n.pageTitle || href}</a></>}
              {n.tags.length > 0 && <> · {n.tags.map((t) => `#${t}`).join(' ')}</>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
