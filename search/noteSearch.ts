import type { IFuseOptions } from 'fuse.js';
import type { Note } from '../notebook/db';
import { createPrefilteredSearch } from './prefilteredSearch';

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

/** A word index and Fuse over the reader's notes; rebuilt when the notes change. */
export function createNoteSearch(notes: readonly Note[]): (query: string, limit?: number) => Note[] {
  const search = createPrefilteredSearch(notes, NOTE_FUSE_OPTIONS);
  return (query, limit = 10) => {
    const q = query.trim();
    return q.length < 2 ? [] : search(q, limit).map((r) => r.item);
  };
}
