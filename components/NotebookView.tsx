import { useMemo, useState } from 'preact/hooks';
import { useNotes } from '../notebook/hooks';
import { noteFacets } from '../notebook/noteFacets';
import { filterNotes, type NoteFilter } from '../notebook/notes';
import { EditableNoteList } from './EditableNoteList';
import { NotebookFilters } from './NotebookFilters';

/** Props for NotebookView. */
export interface NotebookViewProps {
  now: () => number;
  entityName: (id: string) => string | undefined;
}

/** "1,234": counts read the way the reader writes them. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** "1 note", "12 notes", "100,000 notes". */
export const noteCount = (n: number): string => `${formatCount(n)} ${n === 1 ? 'note' : 'notes'}`;

/** Notes drawn at a time: ten thousand notes would be too many elements to draw at once. */
export const PAGE_SIZE = 100;

/** Every note, live, with filters by entity, tag, site and words, a date sort, and a count. */
export function NotebookView({ now, entityName }: NotebookViewProps) {
  const { value: notes = [], error } = useNotes();
  const [filter, setFilter] = useState<NoteFilter>({ sort: 'newest' });
  const facets = useMemo(() => noteFacets(notes), [notes]);
  const shown = useMemo(() => filterNotes(notes, filter), [notes, filter]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (error) return <p class="error" role="alert">Notes could not be read: {error}</p>;
  return (
    <div class="notebook">
      <NotebookFilters filter={filter} facets={facets} entityName={entityName} onChange={setFilter} />
      {/* Polite, not a status role: the page's status regions are for what an action did. */}
      <p class="notebook-count" aria-live="polite">{formatCount(shown.length)} of {noteCount(notes.length)}</p>
      <EditableNoteList notes={shown.slice(0, limit)} now={now} showPage entityName={entityName}
        emptyText={notes.length === 0 ? 'No notes yet.' : 'No notes match these filters.'} />
      {shown.length > limit && (
        <button type="button" class="linklike" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, shown.length - limit)} more of {shown.length - limit} left
        </button>
      )}
    </div>
  );
}
