import type { IFuseOptions } from 'fuse.js';
import type { Note } from '../notebook/db';
import { createPrefilteredSearch, createPrefilteredSearchSliced, type PrefilteredSearch } from './prefilteredSearch';

// Notes are searched by what the reader wrote, what they quoted, and their tags.
export const NOTE_FUSE_OPTIONS: IFuseOptions<Note> = {
  keys: [
    { name: 'text', weight: 2 },
    { name: 'quote', weight: 1 },
    { name: 'tags', weight: 1.5 },
    { name: 'pageTitle', weight: 0.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export type NoteSearch = (query: string, limit?: number) => Note[];

const noteSearch = (search: PrefilteredSearch<Note>): NoteSearch => (query, limit = 10) => {
  const q = query.trim();
  return q.length < 2 ? [] : search(q, limit).map((r) => r.item);
};

/** A word index and Fuse over the reader's notes, in one go (tests; the popup builds it sliced). */
export function createNoteSearch(notes: readonly Note[]): NoteSearch {
  return noteSearch(createPrefilteredSearch(notes, NOTE_FUSE_OPTIONS));
}

/** The same, built a slice at a time (see createPrefilteredSearchSliced); null if aborted. */
export async function createNoteSearchSliced(notes: readonly Note[], pause: () => Promise<void>, signal: AbortSignal): Promise<NoteSearch | null> {
  const search = await createPrefilteredSearchSliced(notes, NOTE_FUSE_OPTIONS, pause, signal);
  return search && noteSearch(search);
}
